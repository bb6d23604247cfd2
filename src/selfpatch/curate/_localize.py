"""Spectrum-based fault localization: which source lines most likely hold the bug of a batch.

Each failing and passing episode is replayed once with line coverage. A line scores by Ochiai
(``ef / sqrt(F * (ef + ep))``) plus a normalized DStar (``ef**2 / (ep + nf)``), which separates
lines Ochiai ties, plus a boost for lines in the traceback of the failures: the innermost frame
inside the source (the last line executed before the exception) most, outer frames less.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from selfpatch.protocols import Workspace
from selfpatch.types import Batch, Episode, Frame, Outcome, SuspiciousLine

DSTAR_WEIGHT = 0.25
FRAME_BOOST = 0.5
"""Added to the innermost source frame of a failure; halves with each outer frame."""

Line = tuple[str, int]


@dataclass(slots=True)
class _Spectrum:
    failed: dict[Line, int] = field(default_factory=dict)
    passed: dict[Line, int] = field(default_factory=dict)
    frame_boost: dict[Line, float] = field(default_factory=dict)
    frame_depth: dict[Line, int] = field(default_factory=dict)
    failing_runs: int = 0
    passing_runs: int = 0


def localize(batch: Batch, workspace: Workspace) -> list[SuspiciousLine]:
    """Rank the source lines of ``workspace`` by how likely they hold the batch's bug."""
    sources = set(workspace.source_files)
    fail_keys = _unique(e.outcome.key for e in batch.failures)
    pass_keys = [k for k in _unique(e.outcome.key for e in batch.passing) if k not in fail_keys]
    rerun = _rerun(workspace, fail_keys + pass_keys)
    failing = [_observed(e, rerun, sources) for e in batch.failures]
    passing = [_observed(e, rerun, sources) for e in batch.passing]
    return rank_outcomes(
        [o for o in failing if o is not None and not o.passed],
        [o for o in passing if o is not None and o.passed],
        sources,
    )


def rank_outcomes(
    failing: Iterable[Outcome], passing: Iterable[Outcome], sources: set[str]
) -> list[SuspiciousLine]:
    """Rank the source lines by the failing and passing runs' coverage and tracebacks."""
    spectrum = _Spectrum()
    for outcome in failing:
        _add_failure(spectrum, outcome, sources)
    for outcome in passing:
        _add_lines(spectrum.passed, outcome.lines, sources)
        spectrum.passing_runs += 1
    return _rank(spectrum)


def _unique(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _rerun(workspace: Workspace, keys: Sequence[str]) -> dict[str, Outcome]:
    if not keys:
        return {}
    return {o.key: o for o in workspace.try_files({}, keys, coverage=True)}


def _observed(episode: Episode, rerun: dict[str, Outcome], sources: set[str]) -> Outcome | None:
    """The replayed outcome, or the recorded one when the replay gave no coverage."""
    outcome = rerun.get(episode.outcome.key)
    if outcome is None:
        return episode.outcome
    if not outcome.lines and episode.outcome.lines:
        outcome.lines = episode.outcome.lines
    if not outcome.frames and not outcome.passed:
        outcome.frames = [f for f in episode.outcome.frames if f.path in sources]
    return outcome


def _add_lines(into: dict[Line, int], lines: dict[str, list[int]], sources: set[str]) -> None:
    for path, numbers in lines.items():
        if path not in sources:
            continue
        for number in set(numbers):
            into[(path, number)] = into.get((path, number), 0) + 1


def _add_failure(spectrum: _Spectrum, outcome: Outcome, sources: set[str]) -> None:
    spectrum.failing_runs += 1
    _add_lines(spectrum.failed, outcome.lines, sources)
    frames: list[Frame] = [f for f in outcome.frames if f.path in sources]
    for depth, frame in enumerate(reversed(frames)):
        line = (frame.path, frame.line)
        spectrum.frame_boost[line] = spectrum.frame_boost.get(line, 0.0) + FRAME_BOOST / 2**depth
        spectrum.frame_depth[line] = min(depth, spectrum.frame_depth.get(line, depth))
        if not outcome.lines:
            spectrum.failed.setdefault(line, 0)


def _rank(spectrum: _Spectrum) -> list[SuspiciousLine]:
    total_failed = max(spectrum.failing_runs, 1)
    dstar = {line: _dstar(spectrum, line) for line in spectrum.failed}
    top_dstar = max(dstar.values(), default=0.0) or 1.0
    ranked: list[tuple[float, float, int, str, int, str]] = []
    for line, ef in spectrum.failed.items():
        ep = spectrum.passed.get(line, 0)
        ochiai = ef / math.sqrt(total_failed * (ef + ep)) if ef else 0.0
        boost = spectrum.frame_boost.get(line, 0.0) / total_failed
        score = ochiai + DSTAR_WEIGHT * dstar[line] / top_dstar + boost
        reason = f"ochiai {ochiai:.2f} (failing {ef}/{spectrum.failing_runs}, passing {ep})"
        if line in spectrum.frame_depth:
            depth = spectrum.frame_depth[line]
            reason += "; innermost traceback frame" if depth == 0 else f"; traceback frame {depth}"
        ranked.append((-score, -boost, ep, line[0], line[1], reason))
    ranked.sort()
    return [
        SuspiciousLine(path=path, line=number, score=round(-neg, 6), reason=reason)
        for neg, _, _, path, number, reason in ranked
    ]


def _dstar(spectrum: _Spectrum, line: Line) -> float:
    ef = spectrum.failed.get(line, 0)
    ep = spectrum.passed.get(line, 0)
    not_failed = spectrum.failing_runs - ef
    denominator = ep + not_failed
    return float(ef * ef) / denominator if denominator else float(ef * ef) * 2.0
