"""Spectrum-based fault localization, on canned coverage and on real runs."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from selfpatch.curate._localize import localize
from selfpatch.types import Batch, Episode, Frame, Outcome

sys.path.insert(0, str(Path(__file__).parents[1] / "patchers" / "repair"))

from repair_fake import Scenario, build, program


class CannedWorkspace:
    """Answers coverage runs from fixed outcomes; records what it was asked."""

    def __init__(self, outcomes: list[Outcome], sources: list[str]) -> None:
        self.outcomes = {o.key: o for o in outcomes}
        self.sources = sources
        self.asked: list[tuple[dict[str, str], list[str], bool]] = []

    @property
    def root(self) -> Path:
        return Path("/nonexistent")

    @property
    def source_files(self) -> list[str]:
        return self.sources

    def try_files(
        self, files: dict[str, str], keys: Sequence[str], *, coverage: bool = False
    ) -> list[Outcome]:
        self.asked.append((files, list(keys), coverage))
        return [self.outcomes[k] for k in keys]

    def seconds_left(self) -> float:
        return 60.0


def _episode(outcome: Outcome) -> Episode:
    return Episode(id=outcome.key, task={"id": outcome.key}, version="v", outcome=outcome)


def _outcome(key: str, passed: bool, lines: list[int], frames: list[int] = ()) -> Outcome:
    return Outcome(
        key=key,
        status="ok" if passed or not frames else "error",
        passed=passed,
        lines={"agent.py": lines, "vendored/lib.py": [1, 2]},
        frames=[Frame("agent.py", n, "f") for n in frames],
    )


def test_line_run_only_by_failures_ranks_first_and_coverage_is_asked_once() -> None:
    outcomes = [
        _outcome("f1", False, [1, 2, 3, 7]),
        _outcome("f2", False, [1, 2, 3, 7]),
        _outcome("p1", True, [1, 2, 5, 7]),
        _outcome("p2", True, [1, 2, 3, 4, 7]),
    ]
    workspace = CannedWorkspace(outcomes, ["agent.py"])
    batch = Batch("b", "s", failures=[_episode(o) for o in outcomes[:2]],
                  passing=[_episode(o) for o in outcomes[2:]])  # fmt: skip
    ranked = localize(batch, workspace)
    assert ranked[0].line == 3
    assert {s.path for s in ranked} == {"agent.py"}
    assert 5 not in {s.line for s in ranked}, "lines no failure ran are not suspicious"
    assert "ochiai" in ranked[0].reason
    assert workspace.asked == [({}, ["f1", "f2", "p1", "p2"], True)]


def test_innermost_traceback_frame_breaks_ties() -> None:
    outcomes = [
        _outcome("f1", False, [1, 2, 3, 4], frames=[2, 4]),
        _outcome("p1", True, [1]),
    ]
    batch = Batch("b", "s", failures=[_episode(outcomes[0])], passing=[_episode(outcomes[1])])
    ranked = localize(batch, CannedWorkspace(outcomes, ["agent.py"]))
    assert [s.line for s in ranked[:3]] == [4, 2, 3]
    assert "innermost traceback frame" in ranked[0].reason
    assert ranked[0].score > ranked[1].score > ranked[2].score


def test_a_failure_that_passes_on_replay_does_not_count() -> None:
    flaky = _outcome("f2", True, [9])
    outcomes = [_outcome("f1", False, [1, 2]), flaky, _outcome("p1", True, [1])]
    batch = Batch("b", "s", failures=[_episode(outcomes[0]), _episode(flaky)],
                  passing=[_episode(outcomes[2])])  # fmt: skip
    ranked = localize(batch, CannedWorkspace(outcomes, ["agent.py"]))
    assert ranked[0].line == 2
    assert 9 not in {s.line for s in ranked}


def test_real_runs_put_the_buggy_line_first(tmp_path: Path) -> None:
    buggy = program("""
        def mean(xs):
            if not xs:
                return 0.0
            total = 0
            for x in xs:
                total += x
            return total / (len(xs) + 1)


        def spread(xs):
            return max(xs) - min(xs) if xs else 0
    """)
    fixed = buggy.replace("(len(xs) + 1)", "len(xs)")
    scenario = Scenario(
        {"stats.py": buggy}, {"stats.py": fixed},
        failing=["mean([2, 4])", "mean([1])"], passing=["mean([])", "spread([1, 5])"],
        hidden=[], setup="from stats import *",
    )  # fmt: skip
    workspace, batch, _ = build(tmp_path, scenario, budget=30)
    try:
        ranked = localize(batch, workspace)
    finally:
        workspace.close()
    assert ranked[0].path == "stats.py"
    top = [s.line for s in ranked if s.score == ranked[0].score]
    assert 7 in top
    assert all(s.line != 11 for s in ranked[: len(top)])
