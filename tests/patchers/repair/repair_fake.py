"""A test-only Workspace: real subprocesses (a fork server per worker thread) that write the
candidate files to a private directory per key, import them fresh, run the key's check code and
report an Outcome with traceback frames and, on request, line coverage (sys.settrace)."""

from __future__ import annotations

import ast
import json
import queue
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from selfpatch.types import Batch, Candidate, Episode, Outcome

SERVER = r"""
import json, os, select, shutil, signal, sys, tempfile, time, traceback
sys.dont_write_bytecode = True
SPECS = json.load(open(sys.argv[1]))

def child(files, key, coverage, workdir):
    for path, text in files.items():
        target = os.path.join(workdir, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as handle:
            handle.write(text)
    os.chdir(workdir)
    sys.path.insert(0, workdir)
    prefix = workdir + os.sep
    lines = {}
    def tracer(frame, event, arg):
        name = frame.f_code.co_filename
        if not name.startswith(prefix):
            return None
        rel = name[len(prefix):]
        def local(frame, event, arg):
            if event == "line":
                lines.setdefault(rel, set()).add(frame.f_lineno)
            return local
        return local
    result = {"key": key, "status": "ok", "output": None, "frames": []}
    namespace = {"__name__": "__check__"}
    started = time.monotonic()
    if coverage:
        sys.settrace(tracer)
    try:
        exec(compile(SPECS[key]["code"], "<check>", "exec"), namespace)
        result["output"] = namespace.get("output")
    except BaseException as exc:
        kind = type(exc)  # named as selfpatch.record.error_type_name names it
        qualified = f"{kind.__module__}.{kind.__qualname__}"
        error_type = kind.__qualname__ if kind.__module__ == "builtins" else qualified
        result.update(status="error", error_type=error_type, error_message=str(exc),
                      traceback="".join(traceback.format_exception(exc)))
        for summary in traceback.extract_tb(exc.__traceback__):
            if summary.filename.startswith(prefix):
                result["frames"].append({"path": summary.filename[len(prefix):],
                                         "line": summary.lineno, "function": summary.name})
    finally:
        sys.settrace(None)
    result["duration_s"] = time.monotonic() - started
    result["lines"] = {k: sorted(v) for k, v in lines.items()}
    try:
        json.dumps(result["output"])
    except (TypeError, ValueError):
        result["output"] = repr(result["output"])
    return result

def run(files, key, coverage, timeout):
    workdir = tempfile.mkdtemp(prefix="spfake-")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            data = json.dumps(child(files, key, coverage, workdir)).encode()
        except BaseException as exc:
            data = json.dumps({"key": key, "status": "crashed", "detail": repr(exc)}).encode()
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(write_end)
    chunks, deadline = [], time.monotonic() + timeout
    with os.fdopen(read_end, "rb") as pipe:
        while True:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([pipe], [], [], max(left, 0))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                chunks = None
                break
            chunk = os.read(pipe.fileno(), 65536)
            if not chunk:
                break
            chunks.append(chunk)
    os.waitpid(pid, 0)
    shutil.rmtree(workdir, ignore_errors=True)
    if chunks is None:
        return {"key": key, "status": "timeout", "detail": f"killed after {timeout}s"}
    if not chunks:
        return {"key": key, "status": "crashed", "detail": "no result"}
    return json.loads(b"".join(chunks))

for line in sys.stdin:
    request = json.loads(line)
    results = []
    for key in request["keys"]:
        try:
            results.append(run(request["files"], key, request["coverage"], request["timeout"]))
        except Exception as exc:
            results.append({"key": key, "status": "crashed", "detail": repr(exc)})
    sys.stdout.write(json.dumps(results) + "\n")
    sys.stdout.flush()
"""


@dataclass
class Spec:
    code: str
    expected: object = None
    has_expected: bool = False


class ForkWorkspace:
    """Implements selfpatch.protocols.Workspace for tests."""

    def __init__(
        self,
        root: Path,
        files: dict[str, str],
        specs: dict[str, Spec],
        *,
        budget: float = 60.0,
        timeout: float = 1.0,
        servers: int = 2,
    ) -> None:
        self._root = root
        self.base = dict(files)
        self.specs = specs
        self.timeout = timeout
        self.calls = 0
        self.deadline = time.monotonic() + budget
        for path, text in files.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text)
        script = root.parent / f"{root.name}-server.py"
        script.write_text(SERVER)
        spec_file = root.parent / f"{root.name}-specs.json"
        spec_file.write_text(json.dumps({k: {"code": s.code} for k, s in specs.items()}))
        self._procs = [
            subprocess.Popen(
                [sys.executable, str(script), str(spec_file)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(servers)
        ]
        self._pool: queue.Queue[subprocess.Popen[str]] = queue.Queue()
        for proc in self._procs:
            self._pool.put(proc)

    @property
    def root(self) -> Path:
        return self._root

    @property
    def source_files(self) -> list[str]:
        return sorted(self.base)

    def seconds_left(self) -> float:
        return self.deadline - time.monotonic()

    def set_budget(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def try_files(
        self, files: dict[str, str], keys: Sequence[str], *, coverage: bool = False
    ) -> list[Outcome]:
        raw = self._request({**self.base, **files}, keys, coverage)
        return [self._outcome(r) for r in raw]

    def _request(self, files: dict[str, str], keys: Sequence[str], coverage: bool) -> list[dict]:
        request = {"files": files, "keys": list(keys), "coverage": coverage,
                   "timeout": self.timeout}  # fmt: skip
        proc = self._pool.get()
        try:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline())
        finally:
            self._pool.put(proc)
        self.calls += 1
        return answer

    def _outcome(self, raw: dict) -> Outcome:
        outcome = Outcome.from_json(raw)
        spec = self.specs[outcome.key]
        outcome.passed = outcome.status == "ok" and (
            not spec.has_expected or outcome.output == spec.expected
        )
        outcome.score = 1.0 if outcome.passed else 0.0
        return outcome

    def close(self) -> None:
        for proc in self._procs:
            assert proc.stdin is not None
            proc.stdin.close()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@dataclass
class Scenario:
    """A buggy program, its correct version, and the inputs shown to / hidden from the engine."""

    buggy: dict[str, str]
    fixed: dict[str, str]
    failing: list[str]
    passing: list[str]
    hidden: list[str]
    setup: str = "from prog import *"
    results: dict[str, object] = field(default_factory=dict)


@dataclass
class RepairRun:
    candidates: list[Candidate]
    seconds: float
    workspace: ForkWorkspace
    batch: Batch
    hidden_keys: list[str]

    @property
    def best(self) -> Candidate:
        assert self.candidates, "the engine found no plausible patch"
        return self.candidates[0]

    def hidden_ok(self, candidate: Candidate) -> bool:
        outcomes = self.workspace.try_files(candidate.files, self.hidden_keys)
        return all(o.passed for o in outcomes)


def _arguments(expr: str) -> object:
    """The literal arguments of a call expression, as a recorded task input would hold them."""
    node = ast.parse(expr, mode="eval").body
    if not isinstance(node, ast.Call):
        return expr
    try:
        return {"args": [ast.literal_eval(a) for a in node.args]}
    except ValueError:
        return expr


def _key(kind: str, i: int) -> str:
    return f"{kind}-{i}"


def build(
    tmp_path: Path, scenario: Scenario, budget: float
) -> tuple[ForkWorkspace, Batch, list[str]]:
    """Expected outputs come from running the correct version; the engine sees the buggy one."""
    exprs = {_key("fail", i): e for i, e in enumerate(scenario.failing)}
    exprs |= {_key("pass", i): e for i, e in enumerate(scenario.passing)}
    exprs |= {_key("hidden", i): e for i, e in enumerate(scenario.hidden)}
    specs = {k: Spec(code=f"{scenario.setup}\noutput = {e}\n") for k, e in exprs.items()}
    reference = ForkWorkspace(tmp_path / "reference", scenario.fixed, specs, servers=1)
    try:
        truth = {o.key: o for o in reference.try_files({}, list(exprs))}
    finally:
        reference.close()
    for key, outcome in truth.items():
        assert outcome.status == "ok", (key, outcome.traceback)
        specs[key].expected = outcome.output
        specs[key].has_expected = True
    workspace = ForkWorkspace(tmp_path / "base", scenario.buggy, specs, budget=budget)
    shown = [k for k in exprs if not k.startswith("hidden")]
    episodes = {o.key: o for o in workspace.try_files({}, shown)}
    failures, passing = [], []
    for key in shown:
        outcome = episodes[key]
        task = {"id": key, "input": _arguments(exprs[key]), "expected": specs[key].expected}
        episode = Episode(id=key, task=task, version="base", outcome=outcome)
        if key.startswith("fail"):
            assert not outcome.passed, f"{key} should fail on the buggy program"
            failures.append(episode)
        else:
            assert outcome.passed, f"{key} should pass on the buggy program: {outcome.traceback}"
            passing.append(episode)
    batch = Batch(id="b1", signature="test", failures=failures, passing=passing)
    hidden = [k for k in exprs if k.startswith("hidden")]
    return workspace, batch, hidden


def program(text: str) -> str:
    return textwrap.dedent(text).lstrip()


Repair = Callable[..., RepairRun]
"""The ``repair`` fixture: runs the engine on a Scenario and returns what it proposed."""


def fixed_by(run: RepairRun, kind: str) -> None:
    """The engine's first patch is of this kind and passes the hidden checks too."""
    assert kind in run.best.description, run.best.description
    assert run.hidden_ok(run.best), run.best.description
