"""The trial worker: the long-lived process inside the sandbox that runs the agent's code.

Started as ``python -P -B -m selfpatch.verify._worker`` with PYTHONHASHSEED=0. It reads JSON
requests one per line on stdin and answers JSON lines on a private copy of fd 1; fds 1 and 2
themselves point at /dev/null, so nothing the agent prints can pass for an answer.

The worker itself never imports candidate code. It loads the evaluator from the pristine root
once; for every key of a request it forks a child that sets up the candidate's code (sys.path,
fresh modules, in-memory overrides), makes the run deterministic (seeded random, frozen clock in
replays), runs the entrypoint or one pytest node, and sends its result over a per-child pipe.
The worker enforces the per-key timeout, notices a child that died, and scores outputs itself:
a child can lie about what it returned, but not about how good that was.

Protocol (one JSON object per line):
  -> {"op": "init", "code_root", "evaluator_root", "entrypoint", "evaluator", "pass_threshold",
      "live", "match", "include"}                      <- {"ready": true, "pid": ...}
  -> {"op": "run", "mode": "live"|"replay"|"test", "items": [{"key", "task", "calls",
      "started_at", "seed"}], "overrides": {path: text}, "coverage": bool, "timeout_s": float}
                                  <- {"index": i, "outcome": {...}} per item, then {"done": true}
  -> {"op": "list_tests", "args": [...], "timeout_s": float}
                                  <- {"node_ids": [...], "error": str}
A request the worker cannot handle gets {"fatal": "..."}.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as _datetime_module
import gc
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import linecache
import math
import os
import random
import resource
import select
import signal
import sys
import time
import traceback
import types
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as _RealDate
from datetime import datetime as _RealDateTime
from functools import partial
from typing import Any

JSON = Any
Body = Callable[[], dict[str, JSON]]

ANSWER_LIMIT = 32 * 1024 * 1024
"""Bytes one child may send back; more is treated as a crash."""
OUTPUT_LIMIT = 4 * 1024 * 1024
"""JSON characters of one output; a bigger output is an error of the run."""
LOG_LIMIT = 32 * 1024
TEXT_LIMIT = 20_000
READ_CHUNK = 1 << 16
PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1


@dataclass
class Setup:
    """What the init request fixes for the worker's whole life."""

    code_root: str
    evaluator_root: str
    entrypoint: str | None = None
    evaluator: str | None = None
    pass_threshold: float = 1.0
    live: list[str] = field(default_factory=list)
    match: str = "exact"
    include: list[str] = field(default_factory=list)
    """Coverage include patterns (absolute), the agent's source files."""

    @property
    def roots(self) -> tuple[str, ...]:
        return (self.code_root, self.evaluator_root)


# --- the channel ------------------------------------------------------------------------------


def protect_channel() -> int:
    """A private duplicate of fd 1 for answers; fds 0..2 of later code see /dev/null."""
    answers = os.dup(1)
    os.set_inheritable(answers, False)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)
    return answers


def send(fd: int, message: Mapping[str, JSON]) -> None:
    write_all(fd, (json.dumps(message, ensure_ascii=True) + "\n").encode())


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def forbid_ptrace() -> None:
    """Children (candidate code) must not read or steer the worker through ptrace or /proc."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


# --- children ---------------------------------------------------------------------------------


@dataclass
class ChildResult:
    answer: dict[str, JSON] | None
    log: str
    timed_out: bool = False
    exit_detail: str = ""
    elapsed_s: float = 0.0


def run_child(body: Body, *, close_fds: Sequence[int], timeout_s: float) -> ChildResult:
    """Fork, run ``body`` in the child, and collect its JSON answer within ``timeout_s``."""
    result_r, result_w = os.pipe()
    log_r, log_w = os.pipe()
    t0 = time.monotonic()
    worker_pid = os.getpid()
    # What the worker holds is never garbage for a child: keep it out of the children's
    # collections (pytest collects twice per session) and their copy-on-write pages.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        _child_main(body, result_w, log_w, (result_r, log_r, *close_fds), worker_pid)
    os.close(result_w)
    os.close(log_w)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    try:
        return _collect(pid, result_r, log_r, t0 + timeout_s, t0)
    finally:
        os.close(result_r)
        os.close(log_r)


def _child_main(
    body: Body, result_w: int, log_w: int, close: Sequence[int], worker_pid: int
) -> None:
    me = os.getpid()
    try:
        os.setpgid(0, 0)
        _die_with_worker(worker_pid)
        for fd in close:
            os.close(fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log_w, 1)
        os.dup2(log_w, 2)
        os.close(null)
        os.close(log_w)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        answer = body()
        data = _encode_answer(answer)
    except BaseException as exc:
        data = json.dumps({"status": "crashed", "detail": f"trial setup failed: {exc!r}"[:2000]})
    if os.getpid() == me:  # a fork made by the agent must not answer for it
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(OSError):
            write_all(result_w, data.encode())
    os._exit(0)


def _die_with_worker(worker_pid: int) -> None:
    """The child leaves the worker's process group (so a timeout can kill all it started);
    it must still die when the worker does."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != worker_pid:
        os._exit(1)


def _encode_answer(answer: Mapping[str, JSON]) -> str:
    try:
        return json.dumps(answer, ensure_ascii=True)
    except (TypeError, ValueError) as exc:
        return json.dumps({"status": "crashed", "detail": f"answer not JSON: {exc}"[:2000]})


def _collect(pid: int, result_r: int, log_r: int, deadline: float, t0: float) -> ChildResult:
    answer, log = bytearray(), bytearray()
    exited = _ExitWatch(pid)
    streams = {result_r: answer, log_r: log}
    timed_out = too_big = False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([*streams, *exited.fds()], [], [], exited.wait(remaining))
        for fd in ready:
            if fd in streams and not _read_into(fd, streams, answer, log):
                del streams[fd]
        if len(answer) > ANSWER_LIMIT:
            too_big = True
            break
        if exited.done():
            break
    elapsed = time.monotonic() - t0
    _kill_group(pid)
    status = exited.reap()
    for fd in list(streams):
        _drain(fd, streams[fd], answer, log)
    detail = "answer too large" if too_big else status
    parsed = None if (timed_out or too_big) else _parse_answer(bytes(answer))
    return ChildResult(parsed, _text(bytes(log[:LOG_LIMIT]), LOG_LIMIT), timed_out, detail,
                       elapsed)


def _read_into(fd: int, streams: dict[int, bytearray], answer: bytearray, log: bytearray) -> bool:
    data = os.read(fd, READ_CHUNK)
    if not data:
        return False
    buf = streams[fd]
    if buf is answer or len(log) < LOG_LIMIT:
        buf += data
    return True


def _drain(fd: int, buf: bytearray, answer: bytearray, log: bytearray) -> None:
    """Read what an exited child left in a pipe (other holders of the pipe may keep it open)."""
    os.set_blocking(fd, False)
    with contextlib.suppress(BlockingIOError, OSError):
        while len(answer) <= ANSWER_LIMIT:
            data = os.read(fd, READ_CHUNK)
            if not data:
                return
            if buf is answer or len(log) < LOG_LIMIT:
                buf += data


class _ExitWatch:
    """Notices the child's exit: a pidfd where the kernel has them, else short polls."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.status: int | None = None
        try:
            self.pidfd: int | None = os.pidfd_open(pid)
        except (OSError, AttributeError):
            self.pidfd = None

    def fds(self) -> list[int]:
        return [] if self.pidfd is None else [self.pidfd]

    def wait(self, remaining: float) -> float:
        return remaining if self.pidfd is not None else min(remaining, 0.005)

    def done(self) -> bool:
        if self.status is not None:
            return True
        # WNOWAIT keeps the zombie, so its pid (and process group id) cannot be reused before
        # the group is killed.
        info = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        return info is not None and info.si_pid == self.pid

    def reap(self) -> str:
        _, status = os.waitpid(self.pid, 0)
        if self.pidfd is not None:
            os.close(self.pidfd)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            return f"killed by signal {sig} ({signal.Signals(sig).name})"
        return f"exited with code {os.WEXITSTATUS(status)}"


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _parse_answer(data: bytes) -> dict[str, JSON] | None:
    if not data:
        return None
    try:
        value = json.loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _text(data: bytes | str, limit: int = TEXT_LIMIT) -> str:
    """Bounded text with lone surrogates escaped, so it always encodes."""
    text = data.decode("utf-8", "backslashreplace") if isinstance(data, bytes) else data
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) <= limit:
        return text
    return "[... truncated ...]\n" + text[-limit:]


# --- the candidate's code inside a child ------------------------------------------------------


class _SourceLoader(importlib.abc.InspectLoader):
    """Executes a module from source text, never from (possibly stale) bytecode."""

    def __init__(self, path: str, source: str, package: bool) -> None:
        self.path = path
        self.source = source
        self.package = package

    def get_source(self, fullname: str) -> str:
        return self.source

    def get_filename(self, fullname: str) -> str:
        return self.path

    def is_package(self, fullname: str) -> bool:
        return self.package

    def exec_module(self, module: types.ModuleType) -> None:
        lines = self.source.splitlines(keepends=True)
        linecache.cache[self.path] = (len(self.source), None, lines, self.path)
        code = compile(self.source, self.path, "exec", dont_inherit=True)
        exec(code, module.__dict__)


class CodeFinder(importlib.abc.MetaPathFinder):
    """Serves every ``.py`` module under the code root from source: the override text when the
    candidate changed the file, else the file on disk. Candidates are screened without writing
    files, and no stale ``.pyc`` can stand in for a changed file.
    """

    def __init__(self, code_root: str, overrides: Mapping[str, str]) -> None:
        self.code_root = code_root
        self.files = {
            os.path.normpath(os.path.join(code_root, rel)): text for rel, text in overrides.items()
        }

    def _inside(self, entry: str) -> bool:
        path = os.path.abspath(entry or os.getcwd())
        return path == self.code_root or path.startswith(self.code_root + os.sep)

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        name = fullname.rpartition(".")[2]
        for entry in sys.path if path is None else path:
            if not isinstance(entry, str) or not self._inside(entry):
                return None  # the path finder takes it from here, in sys.path order
            base = os.path.join(os.path.abspath(entry or os.getcwd()), name)
            spec = self._spec(fullname, base)
            if spec is not None or os.path.isdir(base) or _has_extension(base):
                return spec
        return None

    def _spec(self, fullname: str, base: str) -> importlib.machinery.ModuleSpec | None:
        for path, package in ((os.path.join(base, "__init__.py"), True), (base + ".py", False)):
            source = self._source(path)
            if source is not None:
                loader = _SourceLoader(path, source, package)
                return importlib.util.spec_from_file_location(
                    fullname, path, loader=loader,
                    submodule_search_locations=[base] if package else None,
                )
        return None

    def _source(self, path: str) -> str | None:
        if path in self.files:
            return self.files[path]
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as f:
            return importlib.util.decode_source(f.read())


def _has_extension(base: str) -> bool:
    return any(os.path.exists(base + s) for s in importlib.machinery.EXTENSION_SUFFIXES)


def prepare_code(setup: Setup, overrides: Mapping[str, str]) -> None:
    """sys.path with the code root first, fresh modules, and the source finder in front."""
    drop_modules(setup.roots)
    keep = [p for p in sys.path if p and not _under(os.path.abspath(p), setup.roots)]
    sys.path[:] = [*code_paths(setup.code_root), *keep]
    sys.meta_path.insert(0, CodeFinder(setup.code_root, overrides))
    importlib.invalidate_caches()
    os.chdir(setup.code_root)


def code_paths(root: str) -> list[str]:
    """The root, and its ``src`` folder for a src layout."""
    src = os.path.join(root, "src")
    return [root, src] if os.path.isdir(src) else [root]


def drop_modules(roots: Sequence[str]) -> None:
    """Forget every module loaded from the roots (the evaluator's imports, for one): a child
    must import the candidate's code afresh, never reuse what the worker had bound."""
    for name, module in list(sys.modules.items()):
        if name == "selfpatch" or name.startswith("selfpatch."):
            continue
        locations = [getattr(module, "__file__", None) or "", *_module_path(module)]
        if any(loc and _under(os.path.abspath(loc), roots) for loc in locations):
            del sys.modules[name]


def _module_path(module: types.ModuleType) -> list[str]:
    path = getattr(module, "__path__", None)
    try:
        return [p for p in path if isinstance(p, str)] if path is not None else []
    except TypeError:
        return []


def _under(path: str, roots: Sequence[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


# --- determinism ------------------------------------------------------------------------------


def seed_randomness(seed: int, *, fixed_ids: bool = False) -> None:
    """Seed ``random``; with ``fixed_ids`` (replays only: live tools may store the ids) also
    make ``uuid.uuid4`` repeat."""
    random.seed(seed)
    if not fixed_ids:
        return
    ids = random.Random(seed)

    def uuid4() -> uuid.UUID:
        return uuid.UUID(int=ids.getrandbits(128), version=4)

    uuid.uuid4 = uuid4


def freeze_clock(at: float) -> None:
    """Wall-clock reads return ``at``; ``time.monotonic`` and ``perf_counter`` keep running, so
    timeouts inside the agent still expire."""
    real_localtime, real_gmtime = time.localtime, time.gmtime
    real_ctime, real_strftime = time.ctime, time.strftime
    time.time = lambda: at
    time.time_ns = lambda: int(at * 1_000_000_000)
    time.localtime = lambda secs=None: real_localtime(at if secs is None else secs)
    time.gmtime = lambda secs=None: real_gmtime(at if secs is None else secs)
    time.ctime = lambda secs=None: real_ctime(at if secs is None else secs)
    time.strftime = lambda fmt, t=None: real_strftime(fmt, real_localtime(at) if t is None else t)
    _datetime_module.datetime = _frozen_datetime(at)  # type: ignore[misc]
    _datetime_module.date = _frozen_date(at)  # type: ignore[misc]


class _RealInstances(type):
    """``isinstance(real_datetime, FrozenDateTime)`` must stay true for the agent's checks."""

    real: type

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls.real)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, cls.real)


def _frozen_datetime(at: float) -> type[_RealDateTime]:
    class FrozenDateTime(_RealDateTime, metaclass=_RealInstances):
        @classmethod
        def now(cls, tz: _datetime_module.tzinfo | None = None) -> Any:
            return cls.fromtimestamp(at, tz)

        @classmethod
        def utcnow(cls) -> Any:
            return cls.fromtimestamp(at, _datetime_module.UTC).replace(tzinfo=None)

        @classmethod
        def today(cls) -> Any:
            return cls.fromtimestamp(at)

    FrozenDateTime.real = _RealDateTime
    FrozenDateTime.__name__ = FrozenDateTime.__qualname__ = "datetime"
    return FrozenDateTime


def _frozen_date(at: float) -> type[_RealDate]:
    class FrozenDate(_RealDate, metaclass=_RealInstances):
        @classmethod
        def today(cls) -> Any:
            return cls.fromtimestamp(at)

    FrozenDate.real = _RealDate
    FrozenDate.__name__ = FrozenDate.__qualname__ = "date"
    return FrozenDate


# --- one episode ------------------------------------------------------------------------------


@dataclass
class Item:
    key: str
    task: dict[str, JSON]
    calls: list[dict[str, JSON]]
    started_at: float | None
    seed: int

    @classmethod
    def from_json(cls, data: Mapping[str, JSON]) -> Item:
        task = data.get("task")
        started = data.get("started_at")
        return cls(
            key=str(data.get("key", "")),
            task=task if isinstance(task, dict) else {},
            calls=[c for c in data.get("calls") or [] if isinstance(c, dict)],
            started_at=float(started) if isinstance(started, int | float) else None,
            seed=int(data.get("seed") or 0),
        )


def run_episode(setup: Setup, item: Item, mode: str, overrides: Mapping[str, str],
                coverage: bool) -> dict[str, JSON]:
    """The child's work for one task: set up, run the entrypoint, describe what happened."""
    from selfpatch.record import Diverged, recording
    from selfpatch.types import CallRecord

    started_at = item.started_at if item.started_at is not None else time.time()
    prepare_code(setup, overrides)
    seed_randomness(item.seed, fixed_ids=mode == "replay")
    if mode == "replay":
        freeze_clock(started_at)
    result: dict[str, JSON] = {"started_at": started_at, "seed": item.seed}
    calls = [CallRecord.from_json(c) for c in item.calls]
    rec_mode = "replay" if mode == "replay" else "record"
    rec = None
    with _coverage(setup, coverage, result):
        t0 = time.perf_counter()
        try:
            with recording(rec_mode, calls=calls, live=setup.live,  # type: ignore[arg-type]
                           match=setup.match) as rec:  # type: ignore[arg-type]
                output = _call_entrypoint(setup.entrypoint, item.task.get("input"))
            result.update(status="ok", output=_jsonable_output(output))
        except Diverged as exc:
            result.update(status="diverged", detail=_text(str(exc), 2000))
        except BaseException as exc:
            result.update(status="error", **describe_error(exc, setup.code_root))
        result["duration_s"] = time.perf_counter() - t0
    if rec is not None:
        result["calls"] = [c.to_json() for c in rec.calls]
        if rec.diverged:
            result.update(status="diverged", detail=_text(rec.diverged, 2000))
    return result


def _call_entrypoint(entrypoint: str | None, task_input: JSON) -> JSON:
    if not entrypoint:
        raise RuntimeError("no entrypoint configured: set [agent] entrypoint in selfpatch.toml")
    module_name, _, attr = entrypoint.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    value = target(task_input)
    if _is_awaitable(value):
        import asyncio

        value = asyncio.run(_await(value))
    return value


def _is_awaitable(value: object) -> bool:
    import inspect

    return inspect.isawaitable(value)


async def _await(value: Any) -> Any:
    return await value


def _jsonable_output(output: JSON) -> JSON:
    from selfpatch.record import to_jsonable

    value = to_jsonable(output)
    size = len(json.dumps(value))
    if size > OUTPUT_LIMIT:
        raise OutputTooLarge(f"the output is {size} JSON characters, more than {OUTPUT_LIMIT}")
    return value


class OutputTooLarge(Exception):
    pass


def describe_error(exc: BaseException, code_root: str) -> dict[str, JSON]:
    from selfpatch.record import error_type_name

    return {
        "error_type": error_type_name(type(exc)),
        "error_message": _text(str(exc), 4000),
        "traceback": _text("".join(traceback.format_exception(exc))),
        "frames": frames_inside(exc.__traceback__, code_root),
        "detail": _text(f"{type(exc).__name__}: {exc}".splitlines()[0], 300),
    }


def frames_inside(tb: types.TracebackType | None, code_root: str) -> list[dict[str, JSON]]:
    """The traceback's frames in the code root, relative paths, innermost last."""
    frames = []
    for summary in traceback.extract_tb(tb):
        if not os.path.isabs(summary.filename):
            continue  # <frozen importlib._bootstrap>, <string>: not a file of the agent's
        path = os.path.normpath(summary.filename)
        if _under(path, (code_root,)):
            rel = os.path.relpath(path, code_root)
            frames.append({"path": rel, "line": summary.lineno or 0, "function": summary.name})
    return frames


@contextlib.contextmanager
def _coverage(setup: Setup, wanted: bool, result: dict[str, JSON]) -> Iterator[None]:
    if not wanted:
        yield
        return
    import coverage

    cov = coverage.Coverage(data_file=None, include=setup.include, config_file=False)
    cov.start()
    try:
        yield
    finally:
        cov.stop()
        data = cov.get_data()
        lines: dict[str, list[int]] = {}
        for path in data.measured_files():
            rel = os.path.relpath(path, setup.code_root)
            lines[rel] = sorted(n for n in data.lines(path) or [] if n > 0)
        result["lines"] = lines


# --- one pytest node --------------------------------------------------------------------------


class _NodeReport:
    """A pytest plugin that keeps what happened to the node run in this child."""

    def __init__(self) -> None:
        self.outcomes: list[str] = []
        self.skipped: list[str] = []
        self.exc: BaseException | None = None
        self.longrepr = ""
        self.collected: list[str] = []
        self.collect_errors: list[str] = []

    def pytest_runtest_logreport(self, report: Any) -> None:
        self.outcomes.append(str(report.outcome))
        if report.skipped:
            self.skipped.append(str(report.longrepr)[:300])
        if report.failed and not self.longrepr:
            self.longrepr = str(report.longrepr)

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self.collect_errors.append(str(report.nodeid))
            if not self.longrepr:
                self.longrepr = str(report.longrepr)

    def pytest_exception_interact(self, node: Any, call: Any, report: Any) -> None:
        if self.exc is None and call.excinfo is not None:
            exc = call.excinfo.value
            # A collection error wraps the real one (an ImportError in the agent's code, say).
            if type(exc).__name__ == "CollectError" and exc.__cause__ is not None:
                exc = exc.__cause__
            self.exc = exc

    def pytest_collection_finish(self, session: Any) -> None:
        self.collected = [str(item.nodeid) for item in session.items]


def pytest_args(setup: Setup, *args: str) -> list[str]:
    return [*args, "-p", "no:cacheprovider", "-q", "--rootdir", setup.code_root]


def run_test(setup: Setup, item: Item, overrides: Mapping[str, str],
             coverage: bool) -> dict[str, JSON]:
    """The child's work for one pytest node id."""
    import pytest

    prepare_code(setup, overrides)
    seed_randomness(item.seed)
    result: dict[str, JSON] = {"started_at": time.time(), "seed": item.seed}
    report = _NodeReport()
    with _coverage(setup, coverage, result):
        t0 = time.perf_counter()
        code = pytest.main(pytest_args(setup, item.key), plugins=[report])
        result["duration_s"] = time.perf_counter() - t0
    result.update(_test_verdict(setup, report, int(code)))
    return result


def _test_verdict(setup: Setup, report: _NodeReport, code: int) -> dict[str, JSON]:
    failed = "failed" in report.outcomes or report.collect_errors
    if not failed and report.outcomes:
        detail = ("skipped: " + report.skipped[0]) if len(report.skipped) == len(
            report.outcomes) else ""
        return {"status": "ok", "output": "passed", "detail": detail}
    if report.exc is not None:
        error = describe_error(report.exc, setup.code_root)
        if report.longrepr:
            error["traceback"] = _text(report.longrepr)
        return {"status": "error", "output": "failed", **error}
    message = report.longrepr or f"no test ran (pytest exit code {code})"
    return {
        "status": "error", "output": "failed", "error_type": "TestNotRun" if not failed else None,
        "error_message": _text(message, 4000), "detail": _text(message.splitlines()[-1], 300)
        if message.strip() else "",
    }


def list_tests(setup: Setup, args: Sequence[str]) -> dict[str, JSON]:
    """The child's work for collecting node ids; files that fail to collect are listed too."""
    import pytest

    prepare_code(setup, {})
    report = _NodeReport()
    code = pytest.main(pytest_args(setup, "--collect-only", *args), plugins=[report])
    error = "" if code in (0, 5) or report.collect_errors else f"pytest exit code {code}"
    if error and report.longrepr:
        error += ": " + report.longrepr
    return {"node_ids": report.collected + report.collect_errors, "error": _text(error, 4000)}


def preload_pytest(setup: Setup) -> None:
    """Import pytest and its installed plugins in the worker, once: a child then starts a
    session in ~50 ms instead of ~150 ms. Plugins that live under the roots are not imported."""
    from importlib.metadata import entry_points

    import pytest  # noqa: F401

    for ep in entry_points(group="pytest11"):
        top = ep.value.split(":")[0].split(".")[0]
        with contextlib.suppress(Exception):
            spec = importlib.util.find_spec(top)
            origin = spec.origin if spec is not None else None
            if origin and not _under(os.path.abspath(origin), setup.roots):
                ep.load()


# --- scoring (in the worker, never in a child) ------------------------------------------------


Evaluator = Callable[[dict[str, JSON], JSON], Any]


def load_evaluator(setup: Setup) -> Evaluator | None:
    if not setup.evaluator:
        return None
    module_name, _, attr = setup.evaluator.partition(":")
    sys.path[:0] = code_paths(setup.evaluator_root)
    target: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    if not callable(target):
        raise TypeError(f"evaluator {setup.evaluator!r} is not callable")
    return target  # type: ignore[no-any-return]


class _EvaluatorTimeout(Exception):
    pass


def score_output(evaluator: Evaluator | None, task: dict[str, JSON], output: JSON,
                 timeout_s: float) -> tuple[float, str]:
    """The score of an output in [0, 1] and, when it is not a clean pass, why."""
    if evaluator is None:
        if "expected" not in task:
            return 1.0, ""
        return (1.0, "") if output == task["expected"] else (0.0, "output differs from expected")

    def on_alarm(signum: int, frame: object) -> None:
        raise _EvaluatorTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(timeout_s, 0.1))
    try:
        raw = evaluator(task, output)
        value = float(raw)
    except _EvaluatorTimeout:
        return 0.0, f"evaluator timed out after {timeout_s:g}s"
    except Exception as exc:
        return 0.0, _text(f"evaluator raised {type(exc).__name__}: {exc}", 300)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if math.isnan(value):
        return 0.0, "evaluator returned NaN"
    return min(1.0, max(0.0, value)), ""


# --- the worker loop --------------------------------------------------------------------------


STATUSES = ("ok", "error", "diverged")


class Worker:
    def __init__(self, answers: int, setup: Setup) -> None:
        self.answers = answers
        self.setup = setup
        self.evaluator = load_evaluator(setup)
        self.pytest_ready = False
        from selfpatch import record  # noqa: F401 - warm for the children

    def handle(self, request: Mapping[str, JSON]) -> None:
        op = request.get("op")
        if op == "run":
            self.run(request)
        elif op == "list_tests":
            self.list_tests(request)
        else:
            send(self.answers, {"fatal": f"unknown op {op!r}"})

    def run(self, request: Mapping[str, JSON]) -> None:
        mode = str(request.get("mode"))
        overrides = _overrides(request.get("overrides"))
        coverage = bool(request.get("coverage"))
        timeout_s = float(request.get("timeout_s") or 20.0)
        if coverage:
            import coverage as _coverage_module  # noqa: F401 - warm for the children
        if mode == "test":
            self._ensure_pytest()
        for index, raw in enumerate(request.get("items") or []):
            item = Item.from_json(raw)
            if mode == "test":
                body: Body = partial(run_test, self.setup, item, overrides, coverage)
            else:
                body = partial(run_episode, self.setup, item, mode, overrides, coverage)
            child = run_child(body, close_fds=(self.answers,), timeout_s=timeout_s)
            outcome = self.judge(item, mode, child, timeout_s)
            send(self.answers, {"index": index, "outcome": outcome})
        usage = resource.getrusage(resource.RUSAGE_SELF)
        send(self.answers, {"done": True, "cpu_s": usage.ru_utime + usage.ru_stime})

    def _ensure_pytest(self) -> None:
        if not self.pytest_ready:
            preload_pytest(self.setup)
            self.pytest_ready = True

    def judge(self, item: Item, mode: str, child: ChildResult, timeout_s: float
              ) -> dict[str, JSON]:
        """The outcome of one key; the score and the pass come from here, not from the child."""
        answer = child.answer or {}
        outcome = _sanitize(answer)
        outcome.update(key=item.key, log=clean_text(child.log, LOG_LIMIT), seed=item.seed)
        if child.timed_out:
            outcome.update(status="timeout", detail=f"killed after {timeout_s:g}s",
                           duration_s=child.elapsed_s)
        elif child.answer is None or answer.get("status") not in STATUSES:
            why = str(answer.get("detail") or f"the trial process died: {child.exit_detail}")
            outcome.update(status="crashed", detail=_text(why, 300), duration_s=child.elapsed_s)
        if outcome["status"] != "ok":
            outcome.update(score=0.0, passed=False)
            return outcome
        if mode == "test":
            outcome.update(score=1.0, passed=True)
            return outcome
        score, why = score_output(self.evaluator, item.task, outcome.get("output"), timeout_s)
        passed = score >= self.setup.pass_threshold
        outcome.update(score=score, passed=passed)
        if not passed:
            outcome["detail"] = why or f"score {score:g} below {self.setup.pass_threshold:g}"
        return outcome

    def list_tests(self, request: Mapping[str, JSON]) -> None:
        self._ensure_pytest()
        args = [str(a) for a in request.get("args") or []]
        timeout_s = float(request.get("timeout_s") or 120.0)
        child = run_child(partial(list_tests, self.setup, args), close_fds=(self.answers,),
                          timeout_s=timeout_s)
        answer = child.answer or {}
        ids = [str(i) for i in answer.get("node_ids") or [] if isinstance(i, str)]
        error = str(answer.get("error") or "")
        if child.timed_out:
            error = f"collection timed out after {timeout_s:g}s"
        elif child.answer is None:
            error = f"collection crashed: {child.exit_detail}; {child.log[-2000:]}"
        send(self.answers, {"node_ids": ids, "error": _text(error, 4000)})


def _overrides(value: JSON) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _sanitize(answer: Mapping[str, JSON]) -> dict[str, JSON]:
    """Keep only well-typed fields of a child's answer; everything in it is untrusted."""
    out: dict[str, JSON] = {"status": answer.get("status"), "output": answer.get("output")}
    for name in ("error_type", "error_message", "traceback", "detail"):
        value = answer.get(name)
        out[name] = clean_text(value) if isinstance(value, str) else None
    out["detail"] = out["detail"] or ""
    for name in ("duration_s", "started_at"):
        value = answer.get(name)
        out[name] = float(value) if isinstance(value, int | float) else 0.0
    out["frames"] = [
        {"path": str(f.get("path")), "line": int(f.get("line") or 0),
         "function": str(f.get("function"))}
        for f in answer.get("frames") or [] if isinstance(f, dict)
    ]
    out["calls"] = [c for c in answer.get("calls") or [] if isinstance(c, dict)]
    lines = answer.get("lines")
    out["lines"] = {
        str(k): [int(n) for n in v if isinstance(n, int)]
        for k, v in (lines.items() if isinstance(lines, dict) else []) if isinstance(v, list)
    }
    return out


def clean_text(text: str | bytes, limit: int = TEXT_LIMIT) -> str:
    """Untrusted text to keep: bounded (the tail, where a traceback says most), secrets
    redacted, control characters escaped."""
    from selfpatch.record import escape_text, redact_text

    return escape_text(redact_text(_text(text, limit)), limit + 100)


def main() -> None:
    answers = protect_channel()
    forbid_ptrace()
    stdin = sys.stdin.buffer
    try:
        init = json.loads(stdin.readline() or b"{}")
        setup = Setup(**{k: v for k, v in init.items() if k != "op"})
        worker = Worker(answers, setup)
    except BaseException as exc:
        send(answers, {"fatal": _text(f"worker setup failed: {exc!r}", 4000),
                       "traceback": _text(traceback.format_exc())})
        return
    send(answers, {"ready": True, "pid": os.getpid()})
    for line in stdin:
        try:
            worker.handle(json.loads(line))
        except Exception as exc:
            send(answers, {"fatal": _text(f"{exc!r}\n{traceback.format_exc()}", 4000)})


if __name__ == "__main__":
    main()
