"""Every verification gate can fail, each with a reason, on real candidates in real workers."""

from pathlib import Path

import pytest

from selfpatch._git import Repo
from selfpatch.types import Episode, Outcome, Task
from selfpatch.verify._sandbox import Isolation, Limits, NoIsolation, choose
from selfpatch.verify._trials import TrialSettings, TrialWorker
from selfpatch.verify._verifier import VerifyPlan, verify_copy
from selfpatch.verify._worktrees import Worktrees

from ..conftest import MakeRepo

BUGGY = "def handle(x):\n    return x * 2 if x < 3 else x\n"
FIXED = "def handle(x):\n    return x * 2\n"
FILES = {
    "bot/__init__.py": "",
    "bot/agent.py": BUGGY,
    "tests/test_bot.py": "from bot.agent import handle\n\n\ndef test_small():\n    assert handle(1) == 2\n",
}


@pytest.fixture
def isolation() -> Isolation:
    return choose("auto")


def settings(
    isolation: Isolation, timeout_s: float = 5.0, python: str | None = None
) -> TrialSettings:
    import sys

    return TrialSettings(
        python=python or sys.executable, entrypoint="bot.agent:handle", evaluator=None,
        pass_threshold=1.0, live=(), match="exact", timeout_s=timeout_s,
        isolation=isolation, limits=Limits(wall_s=60),
    )  # fmt: skip


def recorded(root: Path, inputs: list[int]) -> list[Episode]:
    tasks = [Task(f"t{x}", x, {"id": f"t{x}", "input": x, "expected": x * 2}) for x in inputs]
    with TrialWorker(settings(NoIsolation()), code_root=root, evaluator_root=root) as worker:
        outcomes: list[Outcome] = worker.run_tasks(tasks)
    return [Episode(f"ep-{t.id}", t.raw, "v", o) for t, o in zip(tasks, outcomes, strict=True)]


def verify(root: Path, text: str, isolation: Isolation, **kw: object) -> object:
    episodes = recorded(root, [1, 2, 3, 4, 5, 6])
    failing = [e for e in episodes if e.task["input"] >= 3]
    passing = [e for e in episodes if e.task["input"] < 3]
    plan = VerifyPlan(failing[:2], failing[2:], passing, "python -m pytest -q tests", 60.0)
    repo = Repo(root)
    with Worktrees(repo, root / ".wt").checkout(repo.head(), {"bot/agent.py": text}) as copy:
        return verify_copy(copy, root, plan, settings(isolation, **kw), ["bot"])  # type: ignore[arg-type]


def gates(report: object) -> dict[str, bool]:
    return {g.name: g.passed for g in report.verdict.gates}  # type: ignore[attr-defined]


def test_a_real_fix_passes_every_gate(make_repo: MakeRepo, isolation: Isolation) -> None:
    report = verify(make_repo(FILES), FIXED, isolation)
    assert report.verdict.status == "verified", report.verdict.reason  # type: ignore[attr-defined]
    assert gates(report) == {"batch": True, "held_out": True, "regression": True, "tests": True}
    assert report.verdict.isolation == isolation.name  # type: ignore[attr-defined]


def test_batch_gate_fails_when_nothing_is_fixed(make_repo: MakeRepo, isolation: Isolation) -> None:
    report = verify(make_repo(FILES), BUGGY, isolation)
    assert gates(report) == {"batch": False}
    assert "batch episodes fail" in report.verdict.reason  # type: ignore[attr-defined]


def test_held_out_gate_catches_special_cased_inputs(
    make_repo: MakeRepo, isolation: Isolation
) -> None:
    overfit = "def handle(x):\n    if x in (3, 4):\n        return x * 2\n    return x * 2 if x < 3 else x\n"
    report = verify(make_repo(FILES), overfit, isolation)
    assert gates(report)["batch"] and not gates(report)["held_out"]
    assert report.verdict.status == "rejected"  # type: ignore[attr-defined]


def test_regression_gate_catches_a_broken_passing_episode(
    make_repo: MakeRepo, isolation: Isolation
) -> None:
    breaks = "def handle(x):\n    return x * 2 if x != 2 else 0\n"
    report = verify(make_repo(FILES), breaks, isolation)
    assert not gates(report)["regression"]


def test_tests_gate_fails_when_the_agent_tests_fail(
    make_repo: MakeRepo, isolation: Isolation
) -> None:
    breaks_tests = "def handle(x):\n    return x * 2 if x != 1 else 2.0000001\n"
    files = dict(FILES)
    report = verify(make_repo(files), breaks_tests, isolation)
    assert gates(report)["batch"] and not gates(report)["regression"]
    # the tests gate is only reached when episodes pass: make the tests fail on their own input
    files["tests/test_bot.py"] = FILES["tests/test_bot.py"].replace(
        "handle(1) == 2", "handle(0) == 0"
    )
    only_tests = "def handle(x):\n    return x * 2 if x != 0 else 1\n"
    report = verify(make_repo_again(files), only_tests, isolation)
    assert gates(report) == {"batch": True, "held_out": True, "regression": True, "tests": False}


def make_repo_again(files: dict[str, str]) -> Path:
    import subprocess
    import tempfile

    root = Path(tempfile.mkdtemp()) / "repo"
    root.mkdir()
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"}  # fmt: skip
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "i"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)
    return root


def test_an_infinite_loop_is_a_rejected_candidate_not_a_hang(
    make_repo: MakeRepo, isolation: Isolation
) -> None:
    hangs = "def handle(x):\n    while True:\n        pass\n"
    report = verify(make_repo(FILES), hangs, isolation, timeout_s=1.0)
    assert report.verdict.status == "rejected"  # type: ignore[attr-defined]
    assert "timeout" in report.verdict.reason  # type: ignore[attr-defined]


def test_a_broken_worker_backend_is_inconclusive(make_repo: MakeRepo, isolation: Isolation) -> None:
    report = verify(make_repo(FILES), FIXED, isolation, python="/nonexistent/python")
    assert report.verdict.status == "inconclusive"  # type: ignore[attr-defined]
    assert not report.verdict.verified  # type: ignore[attr-defined]
