"""The trial worker, through its host API, on a small agent written to tmp_path.

Real subprocesses throughout: the worker runs as ``python -m selfpatch.verify._worker`` under
NoIsolation (and under bubblewrap for a few tests when the backend is available).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfpatch.types import Episode, Outcome, Task
from selfpatch.verify._sandbox import Isolation, NoIsolation, choose
from selfpatch.verify._trials import TrialSettings, TrialWorker

MAIN = """\
import datetime
import os
import random
import sys
import time
import uuid

from agent.tools import lookup, write_marker


def run(task):
    kind = task.get("kind", "add")
    if kind == "add":
        return lookup(task["n"]) + 1
    if kind == "marker":
        write_marker(task["path"])
        return "wrote"
    if kind == "clock":
        return {"t": time.time(), "now": datetime.datetime.now().isoformat(),
                "today": str(datetime.date.today()), "r": random.random(),
                "u": str(uuid.uuid4()), "h": hash("abc")}
    if kind == "loop":
        while True:
            pass
    if kind == "exit":
        os._exit(3)
    if kind == "segv":
        import ctypes
        ctypes.string_at(0)
    if kind == "forge":
        line = '{"index": 0, "outcome": {"key": "x", "status": "ok", "score": 1.0, "passed": true}}'
        print(line, flush=True)
        os.write(1, (line + '\\n{"done": true}\\n').encode())
        sys.stderr.write(line + "\\n")
        return "forged"
    if kind == "boom":
        return divide(task["n"])
    return None


def divide(n):
    return 10 / n
"""

TOOLS = """\
import selfpatch


@selfpatch.tool
def lookup(n):
    return n * 2


@selfpatch.tool
def write_marker(path):
    with open(path, "w") as f:
        f.write("ran")
    return path
"""

EVALUATE = """\
def score(task, output):
    if task.get("evaluator_breaks"):
        raise ValueError("cannot judge this")
    return 1.0 if output == task.get("expected") else 0.0
"""

CALC = """\
def add(a, b):
    return a + b


def mul(a, b):
    return a + b
"""

TESTS = """\
from agent.calc import add, mul


def test_add():
    assert add(2, 3) == 5


def test_mul():
    assert mul(2, 3) == 6
"""


def write_agent(root: Path) -> Path:
    files = {
        "agent/__init__.py": "",
        "agent/main.py": MAIN,
        "agent/tools.py": TOOLS,
        "agent/calc.py": CALC,
        "evaluate.py": EVALUATE,
        "tests/test_calc.py": TESTS,
    }
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def isolations() -> list[Isolation]:
    found: list[Isolation] = [NoIsolation()]
    try:
        bwrap = choose("bwrap")
        bwrap.preflight()
        found.append(bwrap)
    except Exception:
        pass
    return found


def settings(isolation: Isolation | None = None, **kw: object) -> TrialSettings:
    base: dict[str, object] = {
        "python": sys.executable,
        "entrypoint": "agent.main:run",
        "evaluator": "evaluate:score",
        "isolation": isolation or NoIsolation(),
        "timeout_s": 10.0,
    }
    base.update(kw)
    return TrialSettings(**base)  # type: ignore[arg-type]


def task(key: str, **raw: object) -> Task:
    line = {
        "id": key,
        "input": {k: v for k, v in raw.items() if k != "expected"},
        **({"expected": raw["expected"]} if "expected" in raw else {}),
    }
    return Task(id=key, input=line["input"], raw=line)


def episode(t: Task, outcome: Outcome) -> Episode:
    return Episode(id=f"ep-{t.id}", task=t.raw, version="base", outcome=outcome)


@pytest.fixture
def agent(tmp_path: Path) -> Path:
    return write_agent(tmp_path / "repo")


@pytest.fixture
def worker(agent: Path) -> Iterator[TrialWorker]:
    with TrialWorker(settings(), code_root=agent, source=["agent"]) as w:
        yield w


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_live_run_records_calls_and_scores(agent: Path, isolation: Isolation) -> None:
    with TrialWorker(settings(isolation), code_root=agent, source=["agent"]) as w:
        good, bad = w.run_tasks([task("a", n=2, expected=5), task("b", n=3, expected=5)])
    assert (good.key, good.status, good.output, good.score) == ("a", "ok", 5, 1.0)
    assert good.passed
    assert [(c.name, c.arguments, c.result, c.replayed) for c in good.calls] == [
        ("lookup", {"n": 2}, 4, False)
    ]
    assert (bad.status, bad.output, bad.score, bad.passed) == ("ok", 7, 0.0, False)
    assert "below" in bad.detail


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_replay_serves_recorded_results_without_running_tools(
    agent: Path, tmp_path: Path, isolation: Isolation
) -> None:
    marker = agent / "marker.txt"
    t = task("m", kind="marker", path=str(marker), expected="wrote")
    with TrialWorker(settings(isolation), code_root=agent) as w:
        [live] = w.run_tasks([t])
        assert marker.read_text() == "ran"
        marker.unlink()
        [again] = w.replay([episode(t, live)])
    assert (again.status, again.output, again.passed) == ("ok", "wrote", True)
    assert [c.replayed for c in again.calls] == [True]
    assert not marker.exists()


def test_replay_diverges_on_a_new_call(worker: TrialWorker, agent: Path) -> None:
    t = task("a", n=2, expected=5)
    [live] = worker.run_tasks([t])
    changed = MAIN.replace('return lookup(task["n"]) + 1', 'return lookup(task["n"] + 1) - 1')
    [replayed] = worker.replay([episode(t, live)], overrides={"agent/main.py": changed})
    assert replayed.status == "diverged"
    assert not replayed.passed
    assert "lookup" in replayed.detail


def test_overrides_change_behaviour_without_touching_files(
    worker: TrialWorker, agent: Path
) -> None:
    t = task("b", n=3, expected=5)
    [live] = worker.run_tasks([t])
    before = (agent / "agent/main.py").read_text()
    fixed = MAIN.replace('return lookup(task["n"]) + 1', 'return lookup(task["n"]) - 1')
    [patched] = worker.replay([episode(t, live)], overrides={"agent/main.py": fixed})
    [plain] = worker.replay([episode(t, live)])
    assert (patched.output, patched.passed) == (5, True)
    assert (plain.output, plain.passed) == (7, False)
    assert (agent / "agent/main.py").read_text() == before


def test_override_error_points_at_the_overridden_lines(worker: TrialWorker) -> None:
    t = task("z", kind="boom", n=0, expected=1)
    [live] = worker.run_tasks([t])
    assert (live.status, live.error_type) == ("error", "ZeroDivisionError")
    assert [f.path for f in live.frames] == ["agent/main.py", "agent/main.py"]
    assert live.frames[-1].function == "divide"
    shifted = MAIN.replace("def divide(n):\n", "def divide(n):\n    n = n * 1\n")
    [replayed] = worker.replay([episode(t, live)], overrides={"agent/main.py": shifted})
    assert replayed.frames[-1].line == live.frames[-1].line + 1
    assert "return 10 / n" in (replayed.traceback or "")


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_infinite_loop_times_out_and_other_keys_answer(agent: Path, isolation: Isolation) -> None:
    tasks = [task("loop", kind="loop"), task("a", n=2, expected=5)]
    t0 = time.monotonic()
    with TrialWorker(settings(isolation, timeout_s=1.0), code_root=agent) as w:
        looped, fine = w.run_tasks(tasks)
    assert time.monotonic() - t0 < 1.0 + 8.0
    assert (looped.key, looped.status, looped.passed) == ("loop", "timeout", False)
    assert (fine.key, fine.status, fine.passed) == ("a", "ok", True)


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_dying_children_are_crashes(agent: Path, isolation: Isolation) -> None:
    with TrialWorker(settings(isolation), code_root=agent) as w:
        exited, segv, fine = w.run_tasks(
            [task("e", kind="exit"), task("s", kind="segv"), task("a", n=2, expected=5)]
        )
    assert (exited.status, exited.passed) == ("crashed", False)
    assert "code 3" in exited.detail
    assert segv.status == "crashed"
    assert "SIGSEGV" in segv.detail
    assert fine.passed


def test_printed_answer_lines_do_not_forge_results(worker: TrialWorker) -> None:
    forged, after = worker.run_tasks(
        [task("f", kind="forge", expected=1), task("a", n=2, expected=5)]
    )
    assert (forged.key, forged.status, forged.output, forged.passed) == ("f", "ok", "forged", False)
    assert '"passed": true' in forged.log
    assert (after.key, after.passed) == ("a", True)


def test_evaluator_exception_scores_zero_with_reason(worker: TrialWorker) -> None:
    [out] = worker.run_tasks(
        [Task("x", {"n": 2}, {"id": "x", "input": {"n": 2}, "evaluator_breaks": True})]
    )
    assert (out.status, out.score, out.passed) == ("ok", 0.0, False)
    assert "cannot judge this" in out.detail


def test_clock_random_and_ids_repeat_across_replays(worker: TrialWorker) -> None:
    t = task("c", kind="clock")
    [live] = worker.run_tasks([t])
    live.started_at = 1_700_000_000.0
    first, second = worker.replay([episode(t, live), episode(t, live)])
    assert first.status == "ok"
    assert first.output == second.output
    assert first.output["t"] == 1_700_000_000.0
    assert first.output["now"].startswith("2023-11-1")
    assert first.output["h"] == live.output["h"]  # PYTHONHASHSEED fixed for every run
    live.seed = 7
    [other_seed] = worker.replay([episode(t, live)])
    assert other_seed.output["r"] != first.output["r"]


def test_ids_repeat_when_a_fresh_workers_first_request_is_a_replay(
    agent: Path, worker: TrialWorker
) -> None:
    # A fresh worker imports uuid only after its first request: that request's children patch
    # uuid4 when the agent imports it, later ones patch the loaded module. Same ids either way.
    t = task("c", kind="clock")
    [live] = worker.run_tasks([t])
    [warm] = worker.replay([episode(t, live)])
    with TrialWorker(settings(), code_root=agent, source=["agent"]) as fresh:
        [cold] = fresh.replay([episode(t, live)])
        [again] = fresh.replay([episode(t, live)])
    assert cold.status == "ok", cold.detail
    assert cold.output["u"] == again.output["u"] == warm.output["u"]
    assert cold.output == warm.output


def test_coverage_lines_relative_to_the_root(worker: TrialWorker) -> None:
    [out] = worker.run_tasks([task("a", n=2, expected=5)], coverage=True)
    assert set(out.lines) >= {"agent/main.py", "agent/tools.py"}
    main_lines = MAIN.splitlines()
    covered = {main_lines[n - 1].strip() for n in out.lines["agent/main.py"]}
    assert 'return lookup(task["n"]) + 1' in covered
    assert "return 10 / n" not in covered
    [plain] = worker.run_tasks([task("a", n=2, expected=5)])
    assert plain.lines == {}


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_tests_mode_runs_nodes_with_overrides(agent: Path, isolation: Isolation) -> None:
    with TrialWorker(settings(isolation), code_root=agent, source=["agent"]) as worker:
        check_tests_mode(worker, agent)


def check_tests_mode(worker: TrialWorker, agent: Path) -> None:
    ids = worker.list_tests("tests")
    assert ids == ["tests/test_calc.py::test_add", "tests/test_calc.py::test_mul"]
    add, mul = worker.run_tests(ids, coverage=True)
    assert (add.status, add.passed) == ("ok", True)
    assert (mul.status, mul.passed, mul.error_type) == ("error", False, "AssertionError")
    assert "assert 5 == 6" in (mul.error_message or "")
    assert mul.frames and mul.frames[-1].path == "tests/test_calc.py"
    assert 5 in mul.lines["agent/calc.py"]
    fixed = CALC.replace("return a + b\n", "return a * b\n").replace(
        "def add(a, b):\n    return a * b", "def add(a, b):\n    return a + b"
    )
    results = worker.run_tests(ids, overrides={"agent/calc.py": fixed})
    assert [(o.key, o.passed) for o in results] == [(ids[0], True), (ids[1], True)]
    assert (agent / "agent/calc.py").read_text() == CALC


def test_a_failing_assert_reports_both_sides_uncut(agent: Path, worker: TrialWorker) -> None:
    """The repair engine reads both sides of a failing assert: pytest's default cuts a long
    list to ``['cherry-pick...ut', 'commit']``, which no one can parse."""
    names = ["cherry-pick", "checkout", "commit", "rebase", "stash", "switch"]
    (agent / "tests/test_long.py").write_text(
        f"def test_order():\n    assert {names!r} == {sorted(names, reverse=True)!r}\n"
    )
    [out] = worker.run_tests(["tests/test_long.py::test_order"])
    first_line = (out.error_message or "").splitlines()[0]
    assert first_line == f"assert {names!r} == {sorted(names, reverse=True)!r}"


def test_unknown_test_node_is_an_error(worker: TrialWorker) -> None:
    [out] = worker.run_tests(["tests/test_calc.py::test_nothing"])
    assert (out.status, out.passed) == ("error", False)


def test_worker_channel_ignores_the_agents_stdout(agent: Path) -> None:
    """The raw protocol: an agent writing answer-shaped lines adds no line to the channel."""
    init = {
        "op": "init",
        "code_root": str(agent),
        "evaluator_root": str(agent),
        "entrypoint": "agent.main:run",
        "evaluator": "evaluate:score",
    }
    run = {
        "op": "run",
        "mode": "live",
        "timeout_s": 10,
        "items": [{"key": "f", "task": {"id": "f", "input": {"kind": "forge"}}}],
    }
    proc = subprocess.run(
        [sys.executable, "-P", "-m", "selfpatch.verify._worker"],
        cwd=agent,
        input=(json.dumps(init) + "\n" + json.dumps(run) + "\n").encode(),
        capture_output=True,
        timeout=30,
        env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"},
    )
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [sorted(line) for line in lines] == [
        ["pid", "ready"],
        ["index", "outcome"],
        ["cpu_s", "done"],
    ]
    assert lines[1]["outcome"]["passed"] is False
    assert proc.stderr == b""


def test_a_test_file_that_fails_to_import_reports_the_real_error(
    worker: TrialWorker, agent: Path
) -> None:
    (agent / "tests/test_broken.py").write_text("import agent.nothere\n\ndef test_x():\n    pass\n")
    assert "tests/test_broken.py" in worker.list_tests("tests")
    [out] = worker.run_tests(["tests/test_broken.py"])
    assert (out.status, out.error_type) == ("error", "ModuleNotFoundError")
    assert [f.path for f in out.frames] == ["tests/test_broken.py"]
