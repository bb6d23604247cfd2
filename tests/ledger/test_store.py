import sqlite3
from pathlib import Path

from selfpatch.ledger import Ledger, ProposalRow
from selfpatch.types import Episode, Outcome


def episode(i: int, task_id: str, passed: bool) -> Episode:
    return Episode(
        f"ep-{i}",
        {"id": task_id, "input": i},
        "v1",
        Outcome(task_id, "ok", score=float(passed), passed=passed),
    )


def test_ledger_is_wal_and_git_ignored(tmp_path: Path) -> None:
    ledger = Ledger.at(tmp_path)
    ledger.record_episodes("run-1", "v1", [episode(1, "a", True)])
    ledger.close()
    assert (tmp_path / ".selfpatch/.gitignore").read_text() == "*\n"
    conn = sqlite3.connect(tmp_path / ".selfpatch/ledger.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_latest_episode_per_task_round_trips(tmp_path: Path) -> None:
    ledger = Ledger.at(tmp_path)
    ledger.record_episodes("run-1", "v1", [episode(1, "a", False), episode(2, "b", True)])
    ledger.record_episodes("run-2", "v2", [episode(3, "a", True)])
    latest = {e.task_id: e for e in ledger.latest_episodes()}
    assert latest["a"].id == "ep-3" and latest["a"].outcome.passed
    assert latest["b"].outcome.key == "b"
    ledger.mark_reproducible({"ep-2": False, "ep-404": True})
    assert ledger.episodes(["ep-2"])[0].reproducible is False
    assert ledger.get("ep-3") is not None and ledger.get("zz-1") is None
    assert ledger.where(ProposalRow, status="promoted") == []
