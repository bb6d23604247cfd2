"""A crash at any point leaves the ledger and the repository consistent, and the next start
finishes what was left open. Real SIGKILLs of the real CLI."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from selfpatch.ledger import CycleRow, Ledger, ProposalRow
from selfpatch.project import Project
from selfpatch.promote import CommitMessage, commit_candidate

from .conftest import MakeRepo, git, selfpatch
from .test_cli import AGENT


def worker_processes(root: Path) -> list[int]:
    """Processes still running a trial worker (or anything) out of this repository."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if b"selfpatch" in cmdline and cwd.startswith(str(root)):
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("delay", [0.8, 2.0, 3.5])
def test_sigkill_mid_cycle_then_resume(make_repo: MakeRepo, delay: float) -> None:
    root = make_repo(AGENT)
    assert selfpatch(root, "run", "tasks.jsonl").returncode == 0
    base = git(root, "rev-parse", "HEAD").strip()
    proc = subprocess.Popen(
        [sys.executable, "-m", "selfpatch", "cycle", "--yes", "--json"], cwd=root,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while worker_processes(root) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert worker_processes(root) == [], "a trial worker outlived selfpatch"

    db = sqlite3.connect(root / ".selfpatch/ledger.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    head = git(root, "rev-parse", "HEAD").strip()
    assert head == base or "Selfpatch-Proposal" in git(root, "log", "-1", "--format=%B")

    again = selfpatch(root, "cycle", "--yes", "--json")  # the next start reconciles first
    assert again.returncode == 0, again.stderr
    assert git(root, "status", "--porcelain").strip() == ""
    assert json.loads(selfpatch(root, "run", "tasks.jsonl", "--json").stdout)["mean_score"] == 1.0
    assert git(root, "worktree", "list").count("\n") == 1, "stale worktrees were not cleaned"
    ledger = Ledger.at(root)
    assert not ledger.where(CycleRow, status="running")
    assert not ledger.where(ProposalRow, status="promoting")


def test_crash_between_commit_and_ledger_write_is_reconciled(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    selfpatch(root, "run", "tasks.jsonl")
    waiting = json.loads(selfpatch(root, "cycle", "--json").stdout)["awaiting_consent"]
    [proposal_id] = [w["proposal"] for w in waiting]
    project = Project.open(root)
    row = project.ledger.get(proposal_id)
    assert isinstance(row, ProposalRow)
    # the crash: the ledger said "promoting", the commit landed, the process died
    project.ledger.update(ProposalRow, row.id, status="promoting")
    message = CommitMessage("selfpatch: fix", "", {"Selfpatch-Proposal": row.id})
    sha = commit_candidate(project.repo, project.worktrees, row.base_version, row.files, message)
    project.close()

    selfpatch(root, "cycle", "--yes", "--json")
    shown = json.loads(selfpatch(root, "show", row.id, "--json").stdout)
    assert shown["status"] == "promoted" and shown["commit"] == sha
    assert [d["decision"] for d in shown["decisions"]][-1] == "promoted"


def test_crash_before_the_commit_returns_the_proposal_to_consent(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    selfpatch(root, "run", "tasks.jsonl")
    [waiting] = json.loads(selfpatch(root, "cycle", "--json").stdout)["awaiting_consent"]
    ledger = Ledger.at(root)
    ledger.update(ProposalRow, waiting["proposal"], status="promoting")
    row = ledger.get(waiting["proposal"])
    assert isinstance(row, ProposalRow)
    ledger.close()
    for path, text in row.files.items():  # a fast-forward killed after it wrote the index
        (root / path).write_text(text)
        git(root, "add", path)
    assert selfpatch(root, "log").returncode == 0
    proc = selfpatch(root, "approve", waiting["proposal"])
    assert proc.returncode == 0, proc.stderr  # approve reconciles first, then promotes once
    assert git(root, "status", "--porcelain").strip() == ""
    assert "Selfpatch-Proposal: " + row.id in git(root, "log", "-1", "--format=%B")
    again = selfpatch(root, "approve", waiting["proposal"])
    assert again.returncode == 2 and "promoted, not awaiting consent" in again.stderr


def test_consent_names_the_verified_content(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    selfpatch(root, "run", "tasks.jsonl")
    [waiting] = json.loads(selfpatch(root, "cycle", "--json").stdout)["awaiting_consent"]
    ledger = Ledger.at(root)
    row = ledger.get(waiting["proposal"])
    assert isinstance(row, ProposalRow)
    swapped = {path: text + "\nimport os\n" for path, text in row.files.items()}
    ledger.update(ProposalRow, row.id, files=swapped)  # candidate B in place of verified A
    ledger.close()
    head = git(root, "rev-parse", "HEAD")
    proc = selfpatch(root, "approve", row.id)
    assert proc.returncode == 2 and "does not match the content that was verified" in proc.stderr
    assert git(root, "rev-parse", "HEAD") == head


def test_one_cycle_at_a_time_per_repository(make_repo: MakeRepo) -> None:
    import fcntl

    root = make_repo(AGENT)
    selfpatch(root, "run", "tasks.jsonl")
    with open(root / ".selfpatch/cycle.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        proc = selfpatch(root, "cycle", "--yes")
    assert proc.returncode == 2 and "another selfpatch cycle is running" in proc.stderr
