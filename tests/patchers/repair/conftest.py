"""Fixtures for the repair engine tests; the fake workspace lives in repair_fake.py."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from repair_fake import ForkWorkspace, RepairRun, Scenario, build

from selfpatch.types import Candidate


@pytest.fixture
def repair(tmp_path: Path) -> Iterator[object]:
    from selfpatch.patchers.repair import RepairPatcher

    opened: list[ForkWorkspace] = []

    def run(
        scenario: Scenario, *, budget: float = 60.0, take: int = 1, **kwargs: object
    ) -> RepairRun:
        workspace, batch, hidden = build(tmp_path, scenario, budget)
        opened.append(workspace)
        patcher = RepairPatcher(**kwargs)  # type: ignore[arg-type]
        started = time.monotonic()
        candidates: list[Candidate] = []
        for candidate in patcher.propose(batch, workspace):
            candidates.append(candidate)
            if len(candidates) >= take:
                break
        seconds = time.monotonic() - started
        tried = candidates[0].notes["tried"] if candidates else "-"
        print(f"\n[repair] {len(candidates)} candidate(s), tried {tried}, {seconds:.2f}s")
        if candidates:
            print(f"[repair] best: {candidates[0].description}")
        return RepairRun(candidates, seconds, workspace, batch, hidden)

    yield run
    for workspace in opened:
        workspace.close()
