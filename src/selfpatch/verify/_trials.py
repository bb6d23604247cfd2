"""The host side of the trial workers: run tasks, replays and tests of a candidate's code.

A ``TrialWorker`` keeps one warm worker process (``selfpatch.verify._worker``) inside the
sandbox; a ``TrialPool`` spreads keys over several. Every key gets an ``Outcome``, whatever the
code under trial does: a hung worker is killed and its key marked "timeout", a dead one marks its
key "crashed", and the keys not yet answered run again on a fresh worker.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import selectors
import shlex
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from queue import SimpleQueue
from typing import Any, Literal

import selfpatch.types
from selfpatch.config import Config
from selfpatch.types import Episode, Outcome, Task
from selfpatch.verify import _sandbox as sandbox
from selfpatch.verify._sandbox import Isolation, Limits, Mounts, RunResult

Mode = Literal["live", "replay", "test"]
JSON = Any

START_TIMEOUT_S = 60.0
"""How long a cold worker may take to say it is ready (imports under load can be slow)."""
GRACE_S = 10.0
"""Beyond the per-key timeout, how long the host waits for an answer before it kills the
worker: the worker's own timeout should always fire first."""
STDERR_LIMIT = 16 * 1024
LINE_LIMIT = 256 * 1024 * 1024
DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass(frozen=True, kw_only=True)
class TrialSettings:
    """How trials run: the agent's callables, scoring, replay matching, isolation and limits."""

    python: str
    """The interpreter for the agent's code and tests."""
    entrypoint: str | None
    evaluator: str | None
    isolation: Isolation
    limits: Limits = field(default_factory=Limits)
    pass_threshold: float = 1.0
    live: tuple[str, ...] = ()
    match: str = "exact"
    timeout_s: float = 20.0
    """Wall-clock limit for one key (one task, episode or test)."""
    workers: int = 2
    """Warm workers in a ``TrialPool``."""
    env: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Extra environment for the agent's code (never secrets: trials must not need them)."""

    @classmethod
    def from_config(cls, config: Config, isolation: Isolation) -> TrialSettings:
        agent, verify = config.agent, config.verify
        return cls(
            python=agent.python or sys.executable,
            entrypoint=agent.entrypoint,
            evaluator=agent.evaluator,
            isolation=isolation,
            limits=Limits(memory_mb=verify.memory_mb, processes=verify.processes),
            pass_threshold=agent.pass_threshold,
            live=tuple(verify.live),
            match=verify.match,
            timeout_s=verify.trial_timeout_s,
            workers=verify.workers,
        )


class WorkerLost(Exception):
    """The worker process stopped answering or died."""

    def __init__(self, reason: str, *, timed_out: bool = False) -> None:
        super().__init__(reason)
        self.timed_out = timed_out


class TrialError(Exception):
    """The worker could not start or could not do what was asked (not the agent's failure)."""


# --- one worker -------------------------------------------------------------------------------


class TrialWorker:
    """One warm worker process in the sandbox, started on first use, restarted after a death.

    ``code_root``: the candidate's copy (bound writable unless ``writable=False``).
    ``evaluator_root``: the pristine copy the evaluator is loaded from (bound read-only);
    defaults to ``code_root``, which is right only for the unpatched version.
    ``source``: the agent's source files or folders, relative to the root (coverage is measured
    on these).
    """

    def __init__(
        self,
        settings: TrialSettings,
        *,
        code_root: Path,
        evaluator_root: Path | None = None,
        writable: bool = True,
        source: Sequence[str] = (),
    ) -> None:
        self.settings = settings
        self.code_root = Path(code_root).resolve()
        self.evaluator_root = Path(evaluator_root or code_root).resolve()
        self.writable = writable
        self.source = tuple(source)
        self.starts = 0
        """How many worker processes this object has started (1 + restarts)."""
        self._timeout_s: float | None = None
        self._proc: sandbox.SandboxedProcess | None = None
        self._lines: _LineReader | None = None
        self._cpu_s = 0.0

    # lifecycle

    @property
    def timeout_s(self) -> float:
        """Per-key time limit: the settings' value unless calibrated with ``limit_time``."""
        return self._timeout_s or self.settings.timeout_s

    def limit_time(self, seconds: float | None) -> None:
        self._timeout_s = seconds

    def __enter__(self) -> TrialWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def isolation(self) -> str:
        return self.settings.isolation.name

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.popen.poll() is None

    def close(self) -> None:
        """Kill the worker's whole process group."""
        proc, self._proc, self._lines = self._proc, None, None
        if proc is not None:
            for pipe in (proc.popen.stdin, proc.popen.stdout, proc.popen.stderr):
                with contextlib.suppress(OSError):
                    if pipe is not None:
                        pipe.close()
            proc.kill()

    def start(self) -> None:
        """Start the worker now (else it starts on first use) and wait until it is ready."""
        if self.alive:
            return
        self.close()
        _compile_worker_code(self.settings.python)
        self._proc = (
            _spawner()
            .submit(
                sandbox.spawn,
                self.settings.isolation,
                self._argv(),
                cwd=self.code_root,
                mounts=self._mounts(),
                env=self._env(),
                limits=self.settings.limits,
            )
            .result()
        )
        self.starts += 1
        self._cpu_s = 0.0
        assert self._proc.popen.stdout is not None and self._proc.popen.stderr is not None
        self._lines = _LineReader(
            self._proc.popen.stdout.fileno(), self._proc.popen.stderr.fileno()
        )
        try:
            self._send(self._init())
            ready = self._read(START_TIMEOUT_S)
        except WorkerLost as lost:
            reason = f"trial worker did not start: {lost}"
            self.close()
            raise TrialError(reason) from None
        if not ready.get("ready"):
            stderr = self._lines.stderr_text() if self._lines else ""
            self.close()
            raise TrialError(
                f"trial worker did not start: {ready.get('fatal')} "
                f"{ready.get('traceback', '')}{stderr}".strip()
            )

    def _argv(self) -> list[str]:
        return [self.settings.python, "-P", "-B", "-m", "selfpatch.verify._worker"]

    def _mounts(self) -> Mounts:
        readable = [self.evaluator_root, _import_root()]
        writable: tuple[Path, ...] = (self.code_root,) if self.writable else ()
        if not self.writable:
            readable.insert(0, self.code_root)
        return Mounts(writable=writable, readable=tuple(dict.fromkeys(readable)))

    def _env(self) -> dict[str, str]:
        extra = {**self.settings.env, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
        if Path(self.settings.python).resolve() != Path(sys.executable).resolve():
            extra["PYTHONPATH"] = str(_import_root())
        return sandbox.clean_env(extra)

    def _init(self) -> dict[str, JSON]:
        return {
            "op": "init",
            "code_root": str(self.code_root),
            "evaluator_root": str(self.evaluator_root),
            "entrypoint": self.settings.entrypoint,
            "evaluator": self.settings.evaluator,
            "pass_threshold": self.settings.pass_threshold,
            "live": list(self.settings.live),
            "match": self.settings.match,
            "include": coverage_include(self.code_root, self.source),
        }

    # the three ways to run

    def run_tasks(self, tasks: Sequence[Task], *, coverage: bool = False) -> list[Outcome]:
        """Run each task live (tools really run, calls are recorded) on the code root.

        Every run method returns one outcome per key, in key order, whatever the code does; it
        raises ``TrialError`` only when a worker cannot be started (a broken backend or
        interpreter, never the candidate's doing: the worker imports no candidate code).
        """
        items = [task_item(t) for t in tasks]
        return self._run("live", items, {}, coverage)

    def replay(
        self,
        episodes: Sequence[Episode],
        *,
        overrides: Mapping[str, str] | None = None,
        coverage: bool = False,
    ) -> list[Outcome]:
        """Replay each episode (calls answered from its recording, clock frozen at its start,
        random seeded with its seed) on the code root with ``overrides`` ({relative path: new
        text}) in place of the files on disk."""
        items = [episode_item(e) for e in episodes]
        return self._run("replay", items, overrides or {}, coverage)

    def run_tests(
        self,
        node_ids: Sequence[str],
        *,
        overrides: Mapping[str, str] | None = None,
        coverage: bool = False,
    ) -> list[Outcome]:
        """Run each pytest node in its own fresh process; key = node id, passed = it passed."""
        items = [{"key": n, "task": {"id": n}, "seed": 0} for n in node_ids]
        return self._run("test", items, overrides or {}, coverage)

    def list_tests(self, args: str | Path | Sequence[str | Path] = "tests") -> list[str]:
        """The node ids pytest collects from ``args`` (paths relative to the code root);
        a file that fails to collect is listed by its path, so running it reports the error."""
        arg_list = [args] if isinstance(args, str | Path) else list(args)
        timeout_s = max(self.settings.timeout_s, 120.0)
        request = {"op": "list_tests", "args": [str(a) for a in arg_list], "timeout_s": timeout_s}
        for attempt in range(2):
            self.start()
            try:
                self._send(request)
                answer = self._read(timeout_s + GRACE_S)
            except WorkerLost as lost:
                self.close()
                if attempt:
                    raise TrialError(f"test collection failed: {lost}") from None
                continue
            ids = [str(i) for i in answer.get("node_ids") or []]
            if not ids and answer.get("error"):
                raise TrialError(f"test collection failed: {answer['error']}")
            return ids
        raise AssertionError("unreachable")

    def baseline_tests(
        self, args: str | Path | Sequence[str | Path] = "tests", *, coverage: bool = False
    ) -> list[Outcome]:
        """Collect, then run every test once on the code root as it is."""
        return self.run_tests(self.list_tests(args), coverage=coverage)

    # the request loop

    def _run(
        self, mode: Mode, items: list[dict[str, JSON]], overrides: Mapping[str, str], coverage: bool
    ) -> list[Outcome]:
        results: list[Outcome | None] = [None] * len(items)
        pending = list(range(len(items)))
        idle_deaths = 0
        while pending:
            self.start()
            request = {
                "op": "run",
                "mode": mode,
                "items": [items[i] for i in pending],
                "overrides": dict(overrides),
                "coverage": coverage,
                "timeout_s": self.timeout_s,
            }
            try:
                self._send(request)
            except WorkerLost as lost:
                # It died while idle: no key is to blame; try a fresh one, but not forever.
                self.close()
                idle_deaths += 1
                if idle_deaths > 1:
                    for i in pending:
                        results[i] = _lost_outcome(items[i], "crashed", str(lost))
                continue
            self._collect(items, pending, results)
            pending = [i for i in pending if results[i] is None]
        self._recycle_if_tired()
        return [r for r in results if r is not None]

    def _collect(
        self, items: list[dict[str, JSON]], pending: list[int], results: list[Outcome | None]
    ) -> None:
        """Take the answers of one request; when the worker is lost, the key it was on (the
        first unanswered, since keys run in order) is blamed and the rest are left pending."""
        answered = 0
        try:
            while True:
                # The worker's own limits (the run, then the evaluator) fire well before this.
                answer = self._read(2 * self.timeout_s + GRACE_S)
                if answer.get("done"):
                    self._cpu_s = float(answer.get("cpu_s") or 0.0)
                    return
                if "fatal" in answer:
                    raise WorkerLost(f"worker error: {answer['fatal']}")
                index = _answer_index(answer, answered, len(pending))
                results[pending[index]] = _outcome(items[pending[index]], answer.get("outcome"))
                answered = index + 1
        except WorkerLost as lost:
            self.close()
            if answered < len(pending):
                status = "timeout" if lost.timed_out else "crashed"
                results[pending[answered]] = _lost_outcome(
                    items[pending[answered]], status, str(lost)
                )

    def _recycle_if_tired(self) -> None:
        """RLIMIT_CPU counts the worker's whole life: restart it well before it would hit it."""
        if self.alive and self._cpu_s > self.settings.limits.cpu_s / 2:
            self.close()

    def _send(self, message: Mapping[str, JSON]) -> None:
        proc = self._proc
        if proc is None or proc.popen.stdin is None:
            raise WorkerLost("worker not running")
        try:
            proc.popen.stdin.write(json.dumps(message).encode() + b"\n")
            proc.popen.stdin.flush()
        except (BrokenPipeError, OSError, ValueError) as exc:
            raise WorkerLost(f"worker gone ({exc}){self._exit_note()}") from None

    def _read(self, timeout_s: float) -> dict[str, JSON]:
        if self._lines is None:
            raise WorkerLost("worker not running")
        line = self._lines.readline(timeout_s)
        if line is None:
            raise WorkerLost(f"no answer within {timeout_s:g}s", timed_out=True)
        if not line:
            raise WorkerLost(f"worker died{self._exit_note()}")
        try:
            value = json.loads(line)
        except ValueError:
            raise WorkerLost(f"unreadable answer: {line[:200]!r}") from None
        if not isinstance(value, dict):
            raise WorkerLost(f"unreadable answer: {line[:200]!r}")
        return value

    def _exit_note(self) -> str:
        proc = self._proc
        code = proc.popen.poll() if proc is not None else None
        note = f" (exit code {code})" if code is not None else ""
        stderr = self._lines.stderr_text() if self._lines else ""
        return note + (f": {stderr[-2000:]}" if stderr.strip() else "")


class _LineReader:
    """Lines from the worker's stdout with a deadline; its stderr drained on the side."""

    def __init__(self, stdout: int, stderr: int) -> None:
        self.stdout, self.stderr = stdout, stderr
        self.buffer = bytearray()
        self.errors = bytearray()
        self.eof = False
        self.selector = selectors.DefaultSelector()
        for fd in (stdout, stderr):
            os.set_blocking(fd, False)
            self.selector.register(fd, selectors.EVENT_READ)

    def readline(self, timeout_s: float) -> bytes | None:
        """A line (without newline), b"" at end of stream, None on timeout."""
        deadline = time.monotonic() + timeout_s
        while True:
            cut = self.buffer.find(b"\n")
            if cut >= 0:
                line = bytes(self.buffer[:cut])
                del self.buffer[: cut + 1]
                return line
            if self.eof:
                return b""
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            for key, _ in self.selector.select(remaining):
                self._read(int(key.fd))

    def _read(self, fd: int) -> None:
        try:
            data = os.read(fd, 1 << 16)
        except BlockingIOError:
            return
        if fd == self.stdout:
            if not data:
                self.eof = True
                self.selector.unregister(fd)
            elif len(self.buffer) < LINE_LIMIT:
                self.buffer += data
        elif not data:
            self.selector.unregister(fd)
        elif len(self.errors) < STDERR_LIMIT:
            self.errors += data

    def stderr_text(self) -> str:
        with contextlib.suppress(OSError, BlockingIOError, ValueError):
            while len(self.errors) < STDERR_LIMIT:
                data = os.read(self.stderr, 1 << 16)
                if not data:
                    break
                self.errors += data
        return bytes(self.errors[:STDERR_LIMIT]).decode("utf-8", "replace")


_SPAWNER: ThreadPoolExecutor | None = None
_SPAWNER_LOCK = threading.Lock()


def _spawner() -> ThreadPoolExecutor:
    """The one thread every worker is started from. bwrap's --die-with-parent is
    PR_SET_PDEATHSIG, which fires when the *thread* that forked it ends: a worker started from a
    short-lived thread (a pool's) would be killed under the next request."""
    global _SPAWNER
    with _SPAWNER_LOCK:
        if _SPAWNER is None:
            _SPAWNER = ThreadPoolExecutor(1, thread_name_prefix="selfpatch-spawner")
        return _SPAWNER


# --- several workers --------------------------------------------------------------------------


class TrialPool:
    """``settings.workers`` warm workers; keys are spread over them, results keep key order."""

    def __init__(
        self,
        settings: TrialSettings,
        *,
        code_root: Path,
        evaluator_root: Path | None = None,
        writable: bool = True,
        source: Sequence[str] = (),
        workers: int | None = None,
    ) -> None:
        count = max(1, workers if workers is not None else settings.workers)
        self.workers = [
            TrialWorker(
                settings,
                code_root=code_root,
                evaluator_root=evaluator_root,
                writable=writable,
                source=source,
            )
            for _ in range(count)
        ]
        self._lock = threading.Lock()
        self._idle: SimpleQueue[TrialWorker] = SimpleQueue()
        for worker in self.workers:
            self._idle.put(worker)

    def __enter__(self) -> TrialPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self.workers:
            worker.close()

    def start(self) -> None:
        """Start every worker now, in parallel."""
        with ThreadPoolExecutor(len(self.workers)) as ex:
            list(ex.map(lambda w: w.start(), self.workers))

    def run_tasks(self, tasks: Sequence[Task], *, coverage: bool = False) -> list[Outcome]:
        return self._spread(list(tasks), lambda w, part: w.run_tasks(part, coverage=coverage))

    def replay(
        self,
        episodes: Sequence[Episode],
        *,
        overrides: Mapping[str, str] | None = None,
        coverage: bool = False,
    ) -> list[Outcome]:
        return self._spread(
            list(episodes),
            lambda w, part: w.replay(part, overrides=overrides, coverage=coverage),
        )

    def run_tests(
        self,
        node_ids: Sequence[str],
        *,
        overrides: Mapping[str, str] | None = None,
        coverage: bool = False,
    ) -> list[Outcome]:
        return self._spread(
            list(node_ids),
            lambda w, part: w.run_tests(part, overrides=overrides, coverage=coverage),
        )

    def limit_time(self, seconds: float | None) -> None:
        """Calibrate the per-key time limit (None: back to the settings' value)."""
        for worker in self.workers:
            worker.limit_time(seconds)

    def list_tests(self, args: str | Path | Sequence[str | Path] = "tests") -> list[str]:
        with self._borrow() as worker:
            return worker.list_tests(args)

    def _spread(self, keys: list[Any], run: Any) -> list[Outcome]:
        """Hand out small chunks of keys to whichever worker is idle, in key order. Safe to call
        from several threads at once: a worker serves one chunk at a time."""
        if not keys:
            return []
        size = max(1, math.ceil(len(keys) / (len(self.workers) * 4)))
        chunks = [(start, keys[start : start + size]) for start in range(0, len(keys), size)]
        results: list[Outcome | None] = [None] * len(keys)
        queue = list(reversed(chunks))

        def drain() -> None:
            while True:
                with self._lock:
                    if not queue:
                        return
                    start, part = queue.pop()
                with self._borrow() as worker:
                    for offset, outcome in enumerate(run(worker, part)):
                        results[start + offset] = outcome

        threads = min(len(self.workers), len(chunks))
        with ThreadPoolExecutor(threads) as ex:
            for future in [ex.submit(drain) for _ in range(threads)]:
                future.result()
        return [r for r in results if r is not None]

    @contextmanager
    def _borrow(self) -> Iterator[TrialWorker]:
        worker = self._idle.get()
        try:
            yield worker
        finally:
            self._idle.put(worker)


def run_episodes(
    pool: TrialPool,
    episodes: Sequence[Episode],
    *,
    tests_mode: bool,
    overrides: Mapping[str, str] | None = None,
    coverage: bool = False,
) -> list[Outcome]:
    """Run episodes again the way they were made: replayed, or as the pytest nodes they name."""
    if tests_mode:
        keys = [e.outcome.key for e in episodes]
        return pool.run_tests(keys, overrides=overrides, coverage=coverage)
    return pool.replay(episodes, overrides=overrides, coverage=coverage)


# --- the tests command ------------------------------------------------------------------------


def run_command(
    command: str, *, root: Path, settings: TrialSettings, timeout_s: float
) -> RunResult:
    """``sh -c command`` in the sandbox with ``root`` writable; ``python`` (and ``python3``) on
    PATH mean ``settings.python``."""
    with tempfile.TemporaryDirectory(prefix="selfpatch-bin-") as bindir:
        for name in ("python", "python3"):
            _write_launcher(Path(bindir) / name, settings.python)
        extra = {
            **settings.env,
            "PATH": f"{bindir}:{DEFAULT_PATH}",
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        readable = tuple(dict.fromkeys((Path(bindir), _import_root())))
        return sandbox.run(
            settings.isolation,
            ["sh", "-c", command],
            cwd=Path(root),
            mounts=Mounts(writable=(Path(root),), readable=readable),
            env=sandbox.clean_env(extra),
            limits=replace(settings.limits, wall_s=timeout_s),
        )


def _write_launcher(path: Path, python: str) -> None:
    # A script, not a symlink: a virtualenv's python finds its pyvenv.cfg only when started
    # through its own path.
    path.write_text(f'#!/bin/sh\nexec {shlex.quote(python)} "$@"\n', encoding="utf-8")
    path.chmod(0o755)


# --- plain data in and out --------------------------------------------------------------------


def task_item(task: Task) -> dict[str, JSON]:
    return {"key": task.id, "task": task.raw, "calls": [], "started_at": None, "seed": 0}


def episode_item(episode: Episode) -> dict[str, JSON]:
    recorded = episode.outcome
    return {
        "key": episode.task_id or recorded.key,
        "task": episode.task,
        "calls": [c.to_json() for c in recorded.calls],
        "started_at": recorded.started_at,
        "seed": recorded.seed,
    }


def coverage_include(code_root: Path, source: Sequence[str]) -> list[str]:
    """Coverage include patterns for the agent's source files or folders."""
    if not source:
        return [f"{code_root}{os.sep}*"]
    patterns = []
    for rel in source:
        path = code_root / rel
        patterns.append(str(path) if path.suffix == ".py" else f"{path}{os.sep}*")
    return patterns


def _answer_index(answer: Mapping[str, JSON], expected: int, count: int) -> int:
    index = answer.get("index")
    if index != expected or expected >= count:
        raise WorkerLost(f"answer out of order: {str(answer)[:200]}")
    return expected


def _outcome(item: Mapping[str, JSON], data: JSON) -> Outcome:
    if not isinstance(data, dict):
        return _lost_outcome(item, "crashed", "malformed answer from the worker")
    try:
        outcome = Outcome.from_json(data)
    except (TypeError, ValueError) as exc:
        return _lost_outcome(item, "crashed", f"malformed answer from the worker: {exc}")
    outcome.key = str(item["key"])
    if outcome.status == "diverged":
        outcome.passed = False
    return outcome


def _lost_outcome(item: Mapping[str, JSON], status: str, detail: str) -> Outcome:
    return Outcome(
        key=str(item["key"]),
        status=status,  # type: ignore[arg-type]
        started_at=float(item.get("started_at") or 0.0),
        seed=int(item.get("seed") or 0),
        detail=detail[:500],
    )


WORKER_PACKAGES = ("", "record", "verify")
"""Folders of the selfpatch package (relative to it) holding the modules the worker imports."""


@functools.cache
def _compile_worker_code(python: str) -> None:
    """Byte-compile the worker's own modules, once per host process, when missing or stale.

    The worker runs with -B behind read-only mounts: it reads bytecode but never writes it, so
    without this a source checkout (or PYTHONDONTWRITEBYTECODE=1) makes every cold worker
    compile its modules from source, several times the cost of importing them. Only for the
    host's own interpreter (the bytecode format is per version); best effort."""
    if Path(python).resolve() != Path(sys.executable).resolve():
        return
    import compileall

    package = _import_root() / "selfpatch"
    for sub in WORKER_PACKAGES:
        with contextlib.suppress(OSError):
            compileall.compile_dir(package / sub, maxlevels=0, quiet=2)


def _import_root() -> Path:
    """The folder holding the ``selfpatch`` package: the worker must import it in the sandbox."""
    return Path(selfpatch.types.__file__).resolve().parent.parent
