"""The CLI as a user runs it: a real subprocess in a real git repository."""

import json
from pathlib import Path

import pytest

from .conftest import MakeRepo, git, selfpatch

AGENT = {
    "selfpatch.toml": (
        '[agent]\nentrypoint = "bot.agent:handle"\nsource = ["bot"]\n'
        'tests = "python -m pytest -q tests"\n\n[verify]\nisolation = "auto"\n'
    ),
    "bot/__init__.py": "",
    "bot/agent.py": (
        "def handle(items):\n"
        "    total = 0\n"
        "    for i in range(len(items) - 1):\n"
        "        total += items[i]\n"
        "    return total\n"
    ),
    "tests/test_bot.py": "from bot.agent import handle\n\n\ndef test_empty():\n    assert handle([]) == 0\n",
    "tasks.jsonl": "\n".join(
        json.dumps({"id": f"t{i}", "input": items, "expected": sum(items)})
        for i, items in enumerate([[1, 2], [3], [4, 5, 6], [], [0], [7, 0]])
    )
    + "\n",
}


def assert_user_error(proc: object, message: str, root: Path) -> None:
    assert proc.returncode == 2, proc.stderr  # type: ignore[attr-defined]
    err = proc.stderr.strip()  # type: ignore[attr-defined]
    assert message in err and "Traceback" not in err
    assert len(err.splitlines()) <= 2  # one message, soft-wrapped at most once
    assert not (root / ".selfpatch").exists(), "bad input must write nothing"


def test_outside_a_git_repository(tmp_path: Path) -> None:
    assert_user_error(
        selfpatch(tmp_path, "run", "t.jsonl"), "not inside a git repository", tmp_path
    )


@pytest.mark.parametrize(
    ("change", "args", "message"),
    [
        ({"selfpatch.toml": None}, ["run", "tasks.jsonl"], "no selfpatch.toml"),
        (
            {"selfpatch.toml": AGENT["selfpatch.toml"] + "colour = 1\n"},
            ["run", "tasks.jsonl"],
            "unknown key",
        ),
        (
            {"selfpatch.toml": AGENT["selfpatch.toml"].replace('["bot"]', '"bot"')},
            ["run", "tasks.jsonl"],
            "agent.source",
        ),
        ({"bot/agent.py": "import nothing_here\n"}, ["run", "tasks.jsonl"], "does not import"),
        (
            {"tasks.jsonl": '{"id": 1, "input": 1}\n{oops\n'},
            ["run", "tasks.jsonl"],
            "tasks.jsonl line 2",
        ),
        ({}, ["run", "missing.jsonl"], "not found"),
        ({}, ["cycle", "--yes"], "no recorded episodes"),
        ({}, ["show", "pr-nothing"], "no ledger here yet"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    make_repo: MakeRepo, change: dict[str, str | None], args: list[str], message: str
) -> None:
    files = {**AGENT, **{k: v for k, v in change.items() if v is not None}}
    for key in [k for k, v in change.items() if v is None]:
        files.pop(key)
    root = make_repo(files)
    assert_user_error(selfpatch(root, *args), message, root)


def test_uncommitted_source_changes_block_a_cycle(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    assert selfpatch(root, "run", "tasks.jsonl", "--json").returncode == 0
    (root / "bot/agent.py").write_text(AGENT["bot/agent.py"] + "# wip\n")
    proc = selfpatch(root, "cycle", "--yes")
    assert proc.returncode == 2 and "uncommitted changes in source paths" in proc.stderr


def test_run_cycle_promote_end_to_end(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    run = json.loads(selfpatch(root, "run", "tasks.jsonl", "--json").stdout)
    assert run["failed"] == 3 and run["passed"] == 3 and len(run["episodes"]) == 6

    proc = selfpatch(root, "cycle", "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    [promoted] = report["promoted"]
    assert report["score_after"] == 1.0 > report["score_before"]
    assert "range(len(items))" in (root / "bot/agent.py").read_text()
    message = git(root, "log", "-1", "--format=%B")
    assert f"Selfpatch-Proposal: {promoted['proposal']}" in message
    assert f"Selfpatch-Batch: {promoted['batch']}" in message
    assert git(root, "status", "--porcelain").strip() == ""

    after = json.loads(selfpatch(root, "run", "tasks.jsonl", "--json").stdout)
    assert after["mean_score"] == 1.0

    shown = json.loads(selfpatch(root, "show", promoted["proposal"], "--json").stdout)
    assert shown["status"] == "promoted" and "range(len(items))" in shown["diff"]
    assert [g["name"] for g in shown["verifications"][0]["gates"]] == [
        "batch",
        "held_out",
        "regression",
        "tests",
    ]
    log = json.loads(selfpatch(root, "log", "--json").stdout)
    assert log["cycles"][0]["cycle"] == report["cycle"]

    failed = next(e["id"] for e in run["episodes"] if not e["passed"])
    on_fix = json.loads(selfpatch(root, "replay", failed, "--json").stdout)
    on_bug = json.loads(selfpatch(root, "replay", failed, "--at", "HEAD~1", "--json").stdout)
    assert on_fix["replayed"]["passed"] and not on_bug["replayed"]["passed"]
    assert on_fix["isolation"] in ("bwrap", "unshare")
    bad = selfpatch(root, "replay", failed, "--at", "no-such-rev")
    assert bad.returncode == 2 and "unknown revision" in bad.stderr


def test_without_consent_the_candidate_waits_for_approve(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    selfpatch(root, "run", "tasks.jsonl")
    head = git(root, "rev-parse", "HEAD")
    report = json.loads(selfpatch(root, "cycle", "--json").stdout)
    assert report["promoted"] == [] and git(root, "rev-parse", "HEAD") == head
    [waiting] = report["awaiting_consent"]
    approved = selfpatch(root, "approve", waiting["proposal"], "--json")
    assert approved.returncode == 0, approved.stderr
    assert git(root, "rev-parse", "HEAD") != head
    again = selfpatch(root, "approve", waiting["proposal"])
    assert again.returncode == 2 and "not awaiting consent" in again.stderr


def test_on_a_terminal_cycle_asks_and_no_means_no(make_repo: MakeRepo) -> None:
    import os
    import select
    import subprocess
    import sys
    import time

    root = make_repo(AGENT)
    selfpatch(root, "run", "tasks.jsonl")
    head = git(root, "rev-parse", "HEAD")
    primary, secondary = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "selfpatch", "cycle"], cwd=root,
        stdin=secondary, stdout=secondary, stderr=secondary,
    )  # fmt: skip
    os.close(secondary)
    seen = b""
    deadline = time.monotonic() + 300
    while b"Promote" not in seen:
        ready, _, _ = select.select([primary], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"cycle never asked; it printed: {seen[-500:]!r}"
        chunk = os.read(primary, 4096)
        assert chunk, "cycle ended without asking"
        seen += chunk
    os.write(primary, b"n\n")
    # keep reading: a progress bar that fills the terminal's buffer would block the cycle
    asked = seen.count(b"Promote")
    while proc.poll() is None and time.monotonic() < deadline + 300:
        ready, _, _ = select.select([primary], [], [], 1.0)
        try:
            seen += os.read(primary, 4096) if ready else b""
        except OSError:  # the child closed the terminal
            break
        if seen.count(b"Promote") > asked:  # a later batch asks too: no again
            asked = seen.count(b"Promote")
            os.write(primary, b"n\n")
    assert proc.wait(timeout=60) == 0
    os.close(primary)
    assert git(root, "rev-parse", "HEAD") == head
    log = json.loads(selfpatch(root, "log", "--json").stdout)
    assert [p["status"] for p in log["cycles"][0]["proposals"]][-1] == "declined"


def test_from_tests_fixes_failing_tests_without_an_entrypoint(make_repo: MakeRepo) -> None:
    root = make_repo(
        {
            "selfpatch.toml": '[agent]\nsource = ["calc.py"]\ntests = "python -m pytest -q tests"\n',
            "calc.py": "def clamp(x, lo, hi):\n    if x > hi:\n        return hi\n    if x < lo:\n        return hi\n    return x\n",
            "tests/test_calc.py": (
                "from calc import clamp\n\n\ndef test_high():\n    assert clamp(9, 0, 5) == 5\n\n\n"
                "def test_low():\n    assert clamp(-1, 0, 5) == 0\n\n\ndef test_mid():\n    assert clamp(3, 0, 5) == 3\n"
            ),
        }
    )
    proc = selfpatch(root, "cycle", "--from-tests", "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["promoted"]) == 1, report
    assert "return lo" in (root / "calc.py").read_text()
    assert (root / "tests/test_calc.py").read_text().count("def test_") == 3


def test_a_cycle_refuses_when_the_agent_tests_already_fail(make_repo: MakeRepo) -> None:
    root = make_repo({**AGENT, "tests/test_bot.py": "def test_broken():\n    assert False\n"})
    selfpatch(root, "run", "tasks.jsonl")
    head = git(root, "rev-parse", "HEAD")
    proc = selfpatch(root, "cycle", "--yes")
    assert proc.returncode == 2 and "the tests command fails on" in proc.stderr
    assert "Traceback" not in proc.stderr and git(root, "rev-parse", "HEAD") == head
