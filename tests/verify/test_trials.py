"""The host side of the trials: pools, dead and hung workers, the pristine evaluator, the tests
command gate. Real subprocesses; NoIsolation, plus bubblewrap where it runs."""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfpatch.config import AgentConfig, Config, VerifyConfig
from selfpatch.types import Episode, Outcome, Task
from selfpatch.verify import _trials
from selfpatch.verify._sandbox import Isolation, NoIsolation
from selfpatch.verify._trials import (
    TrialError,
    TrialPool,
    TrialSettings,
    TrialWorker,
    run_command,
)

from .test_worker import isolations, settings

MAIN = """\
import os
import signal
import time


def run(task):
    kind = task.get("kind", "double")
    if kind == "double":
        return task["n"] * 2
    if kind == "kill_worker":
        os.kill(os.getppid(), signal.SIGKILL)
        time.sleep(5)
    if kind == "stop_worker":
        os.kill(os.getppid(), signal.SIGSTOP)
        time.sleep(30)
    if kind == "tamper":
        with open("evaluate.py", "w") as f:
            f.write("def score(task, output):\\n    return 1.0\\n")
        return "tampered"
    return None
"""

EVALUATE = """\
def score(task, output):
    return 1.0 if output == task.get("expected") else 0.0
"""


def write_agent(root: Path) -> Path:
    (root / "agent").mkdir(parents=True)
    (root / "agent/__init__.py").write_text("")
    (root / "agent/main.py").write_text(MAIN)
    (root / "evaluate.py").write_text(EVALUATE)
    (root / "tests").mkdir()
    (root / "tests/test_ok.py").write_text(
        "from agent.main import run\n\ndef test_double():\n    assert run({'n': 2}) == 4\n"
    )
    return root


def task(key: str, **raw: object) -> Task:
    expected = raw.pop("expected", None)
    line = {"id": key, "input": raw, "expected": expected}
    return Task(id=key, input=raw, raw=line)


@pytest.fixture
def agent(tmp_path: Path) -> Path:
    return write_agent(tmp_path / "repo")


@pytest.fixture
def pool(agent: Path) -> Iterator[TrialPool]:
    with TrialPool(settings(), code_root=agent, workers=2) as p:
        yield p


def test_settings_from_config() -> None:
    config = Config(
        agent=AgentConfig(
            entrypoint="a.b:run", source=["a"], evaluator="e:f", python="/py", pass_threshold=0.5
        ),
        verify=VerifyConfig(
            workers=3, trial_timeout_s=7, memory_mb=512, live=["calc*"], match="order"
        ),
    )
    s = TrialSettings.from_config(config, NoIsolation())
    assert (s.python, s.entrypoint, s.evaluator, s.pass_threshold) == ("/py", "a.b:run", "e:f", 0.5)
    assert (s.workers, s.timeout_s, s.limits.memory_mb, s.live, s.match) == (
        3,
        7,
        512,
        ("calc*",),
        "order",
    )


def test_pool_keeps_key_order(pool: TrialPool) -> None:
    tasks = [task(f"t{i}", n=i, expected=i * 2 if i % 3 else -1) for i in range(9)]
    outcomes = pool.run_tasks(tasks)
    assert [o.key for o in outcomes] == [t.id for t in tasks]
    assert [o.passed for o in outcomes] == [bool(i % 3) for i in range(9)]
    assert all(o.output == i * 2 for i, o in enumerate(outcomes))
    assert sum(w.starts for w in pool.workers) == 2


def test_pool_replays_and_runs_tests(pool: TrialPool) -> None:
    tasks = [task(f"t{i}", n=i, expected=i * 2) for i in range(4)]
    lives = pool.run_tasks(tasks)
    episodes = [Episode(f"e{o.key}", t.raw, "base", o) for t, o in zip(tasks, lives, strict=True)]
    changed = MAIN.replace('return task["n"] * 2', 'return task["n"] * 3')
    replays = pool.replay(episodes, overrides={"agent/main.py": changed})
    assert [(o.key, o.output) for o in replays] == [(f"t{i}", i * 3) for i in range(4)]
    ids = pool.list_tests("tests")
    assert [o.passed for o in pool.run_tests(ids)] == [True]
    assert [o.passed for o in pool.run_tests(ids, overrides={"agent/main.py": changed})] == [False]


def test_a_killed_worker_is_restarted_and_the_rest_answered(agent: Path) -> None:
    with TrialWorker(settings(), code_root=agent) as w:
        outs = w.run_tasks(
            [task("a", n=1, expected=2), task("k", kind="kill_worker"), task("b", n=2, expected=4)]
        )
        assert [(o.key, o.status) for o in outs] == [("a", "ok"), ("k", "crashed"), ("b", "ok")]
        assert w.starts == 2
        [again] = w.run_tasks([task("c", n=3, expected=6)])
        assert again.passed


def test_a_hung_worker_times_out_on_the_host(agent: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_trials, "GRACE_S", 0.5)
    t0 = time.monotonic()
    with TrialWorker(settings(timeout_s=1.0), code_root=agent) as w:
        stopped, after = w.run_tasks([task("s", kind="stop_worker"), task("a", n=1, expected=2)])
    assert time.monotonic() - t0 < 2 * 1.0 + 0.5 + 8.0
    assert (stopped.status, stopped.passed) == ("timeout", False)
    assert (after.status, after.passed) == ("ok", True)


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_the_evaluator_comes_from_the_pristine_root(tmp_path: Path, isolation: Isolation) -> None:
    pristine = write_agent(tmp_path / "pristine")
    candidate = tmp_path / "candidate"
    shutil.copytree(pristine, candidate)
    with TrialWorker(settings(isolation), code_root=candidate, evaluator_root=pristine) as w:
        first, second = w.run_tasks(
            [task("x", kind="tamper", expected="no"), task("y", kind="tamper", expected="no")]
        )
    assert (candidate / "evaluate.py").read_text() != EVALUATE  # the candidate did write it
    assert (first.output, first.passed, second.passed) == ("tampered", False, False)
    assert (pristine / "evaluate.py").read_text() == EVALUATE


def test_override_of_the_evaluator_file_changes_nothing(agent: Path) -> None:
    with TrialWorker(settings(), code_root=agent) as w:
        [live] = w.run_tasks([task("x", n=1, expected=5)])
        episode = Episode("e", {"id": "x", "input": {"n": 1}, "expected": 5}, "base", live)
        lenient = "def score(task, output):\n    return 1.0\n"
        [out] = w.replay([episode], overrides={"evaluate.py": lenient})
    assert (out.output, out.passed) == (2, False)


def test_a_worker_that_cannot_start_raises(agent: Path) -> None:
    broken = settings(evaluator="no_such_module:score")
    with TrialWorker(broken, code_root=agent) as w, pytest.raises(TrialError, match="no_such"):
        w.run_tasks([task("a", n=1, expected=2)])
    with (
        TrialPool(settings(python="/nonexistent/python"), code_root=agent) as pool,
        pytest.raises(TrialError),
    ):
        pool.replay([Episode("e", {"id": "a", "input": {}}, "base", Outcome("a", "ok"))])


def test_replay_keeps_the_recorded_start_and_scores_pure_code(agent: Path) -> None:
    with TrialWorker(settings(), code_root=agent) as w:
        outcome = Outcome(key="d", status="ok", started_at=1.0)
        episode = Episode("e", {"id": "d", "input": {"n": 1}, "expected": 2}, "base", outcome)
        [out] = w.replay([episode])
    assert out.passed  # a pure function makes no calls: nothing to diverge on
    assert out.started_at == 1.0


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_tests_command_gate(agent: Path, isolation: Isolation) -> None:
    s = settings(isolation)
    ok = run_command(
        "python -m pytest -q -p no:cacheprovider tests", root=agent, settings=s, timeout_s=60
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (agent / "agent/main.py").write_text(MAIN.replace("* 2", "* 3"))
    failing = run_command(
        "python -m pytest -q -p no:cacheprovider tests", root=agent, settings=s, timeout_s=60
    )
    assert failing.returncode != 0
    which = run_command(
        "command -v python && python -c 'import sys; print(sys.prefix)'",
        root=agent,
        settings=s,
        timeout_s=30,
    )
    assert which.stdout.decode().splitlines()[1] == sys.prefix


def test_close_kills_the_worker(agent: Path) -> None:
    w = TrialWorker(settings(), code_root=agent)
    w.start()
    assert w._proc is not None
    pid = w._proc.popen.pid
    w.close()
    assert not w.alive
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_worker_that_died_while_idle_blames_no_key(agent: Path) -> None:
    with TrialWorker(settings(), code_root=agent) as w:
        w.start()
        assert w._proc is not None
        os.killpg(w._proc.popen.pid, 9)
        w._proc.popen.wait()
        [out] = w.run_tasks([task("a", n=1, expected=2)])
    assert (out.status, out.passed, w.starts) == ("ok", True, 2)


@pytest.mark.parametrize("isolation", isolations(), ids=lambda i: i.name)
def test_pool_workers_outlive_the_threads_that_used_them(agent: Path, isolation: Isolation) -> None:
    with TrialPool(settings(isolation), code_root=agent, workers=2) as pool:
        first = pool.run_tasks([task(f"a{i}", n=i, expected=2 * i) for i in range(4)])
        time.sleep(0.3)  # the executor threads of the first call are gone by now
        second = pool.run_tasks([task(f"b{i}", n=i, expected=2 * i) for i in range(4)])
        assert all(o.passed for o in first + second), [o.detail for o in first + second]
        assert [w.starts for w in pool.workers] == [1, 1]
