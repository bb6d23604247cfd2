"""The offline repair engine: localize, generate edits, screen them best first within the budget,
and yield the plausible patches, smallest and least destructive first."""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import libcst as cst

from selfpatch.curate._localize import localize, rank_outcomes
from selfpatch.patchers.repair._edits import Edit, Span, render
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._hangs import HANG_BOOST, loop_progress_lines
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._raised import only_within, unexpected_raise_spans
from selfpatch.patchers.repair._search import Screener, Trial
from selfpatch.patchers.repair._tables import table_line_scores
from selfpatch.patchers.repair._transforms import (
    Ctx,
    handler_widening_edits,
    literal_edits,
    missing_member_edits,
    resolve_error_names,
    site_edits,
)
from selfpatch.protocols import Workspace
from selfpatch.types import Batch, Candidate, Outcome, SuspiciousLine

WORKERS = 2
SETTLE_TRIALS = 30
SETTLE_FACTOR = 2
"""After the first plausible patch, keep screening for a better one: at least SETTLE_TRIALS
more, and twice as many as it took to find the first (a patch that turned up late is no
likelier right than the ones ranked just after it)."""
MAX_EXPOSED = 60
"""Second halves tried on the best partial fix at the lines it exposes."""
MAX_PAIR_PARTS = 14
MAX_TRADE_OFFS = 3
MAX_MENDERS = 150
"""Mending pairs: the best few trade-offs, each with the best single edits that ran."""
STRUCTURAL_BOOST = 1.5
"""A repair the code's own shape calls for is tried earlier than its prior alone says: such
edits are few, and a cheaper plausible patch found first would otherwise end the search."""
SCORE_FLOOR = 0.05
SINGLES_SHARE = 0.5
PAIRS_SHARE = 0.75
"""Once half the budget is spent on single edits, with no plausible patch but some edit that
fixes part of the failures, pairs built on those partial fixes get the budget up to three
quarters before the remaining single edits: two-line bugs would otherwise wait behind every
unlikely single edit. Without a partial fix the single edits keep the whole budget first."""


class RepairPatcher:
    """Template- and mutation-based repair of one/two-line bugs, screened against the batch."""

    name = "repair"

    def __init__(self, *, max_edits: int = 2, seed: int = 0) -> None:
        self.max_edits = max_edits
        self.seed = seed

    def propose(self, batch: Batch, workspace: Workspace) -> Iterator[Candidate]:
        return _Search(batch, workspace, self.max_edits, self.seed).run()


def _doubt(found: Sequence[Trial], other_batches: bool) -> int:
    """How many times longer to search: three times while no plausible patch fixes any other
    batch's failure (a patch made for this batch alone is the overfitting suspect), or while
    every one only deletes or weakens behaviour (they rank last, and tests that pass without
    the code seldom meant it) or is a slip the code's own names argue against (arguments
    crossed against the parameters named like them)."""
    if other_batches and not any(t.also_fixed for t in found):
        return 3
    ranks = [t.rank() for t in found]
    if all(deletes or weakens or breaks for deletes, weakens, _, _, breaks, *_ in ranks):
        return 3
    return 1


class _Search:
    def __init__(self, batch: Batch, workspace: Workspace, max_edits: int, seed: int) -> None:
        self.batch = batch
        self.workspace = workspace
        self.max_edits = max_edits
        self.rng = random.Random(seed) if seed else None
        self.started = time.monotonic()
        self.indexes: dict[str, FileIndex] = {}
        self.plausible: list[Trial] = []
        self.yielded: set[str] = set()
        self.screener: Screener | None = None
        self.reserve = 0.3
        self._explored: list[Trial] = []
        self.budget = 0.0
        self._evidence = Evidence()
        self._exposed_done = False

    # -- the whole search, lazily --------------------------------------------------------------

    def run(self) -> Iterator[Candidate]:
        fail_keys = self._fail_keys()
        if not fail_keys:
            return
        self.budget = self.workspace.seconds_left()
        base = self._read_sources()
        baseline = {o.key: o for o in self.workspace.try_files({}, fail_keys)}
        if all(o.passed for o in baseline.values()):
            return
        suspicious = self.batch.suspicious or localize(self.batch, self.workspace)
        pass_keys = [e.outcome.key for e in self.batch.passing if e.outcome.key not in fail_keys]
        other_keys = [e.outcome.key for e in self.batch.others if e.outcome.key not in fail_keys]
        self.screener = Screener(
            self.workspace, base, fail_keys, pass_keys, baseline, other_keys=other_keys
        )
        evidence = Evidence.from_batch(self.batch)
        evidence.add_tests(Path(self.workspace.root), fail_keys)
        outcomes = [*baseline.values(), *(e.outcome for e in self.batch.failures)]
        hangs = any(o.status == "timeout" for o in baseline.values())
        self._evidence = evidence
        edits = self._generate(base, suspicious, evidence, outcomes, hangs)
        singles = iter([(e,) for e in edits])
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            yield from self._settled(self._screen_all(pool, singles, self._pairs_due))
            if self.max_edits >= 2 and not self.plausible and self._partial_found():
                early = self._screen_all(pool, self._pairs(self._explored), self._singles_due)
                yield from self._settled(early)
            yield from self._settled(self._screen_all(pool, singles))
            if self.max_edits >= 2:
                yield from self._settled(self._screen_all(pool, self._pairs(self._explored)))

    def _spent(self) -> float:
        """The share of the budget spent so far."""
        left = self.workspace.seconds_left()
        return 1.0 - left / self.budget if self.budget > 0 else 1.0

    def _partial_found(self) -> bool:
        return any(t.partial or t.trade_off for t in self._explored)

    def _pairs_due(self) -> bool:
        return self._spent() >= SINGLES_SHARE and self._partial_found() and not self.plausible

    def _singles_due(self) -> bool:
        return self._spent() >= PAIRS_SHARE

    def _fail_keys(self) -> list[str]:
        def informative(index: int) -> tuple[int, float, int]:
            outcome = self.batch.failures[index].outcome
            return (0 if outcome.frames else 1, outcome.duration_s, index)

        ordered = sorted(range(len(self.batch.failures)), key=informative)
        return list(dict.fromkeys(self.batch.failures[i].outcome.key for i in ordered))

    def _read_sources(self) -> dict[str, str]:
        base: dict[str, str] = {}
        for path in self.workspace.source_files:
            if path.endswith(".py"):
                try:
                    base[path] = (Path(self.workspace.root) / path).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
        return base

    def _frame_lines(self, outcomes: Iterable[Outcome]) -> dict[str, set[int]]:
        lines: dict[str, set[int]] = {}
        for outcome in outcomes:
            for frame in outcome.frames:
                lines.setdefault(frame.path, set()).add(frame.line)
        return lines

    # -- generation ----------------------------------------------------------------------------

    def _generate(
        self,
        base: dict[str, str],
        suspicious: Sequence[SuspiciousLine],
        evidence: Evidence,
        outcomes: Sequence[Outcome],
        hangs: bool = False,
    ) -> list[Edit]:
        scores = self._line_scores(base, suspicious)
        frames = self._frame_lines(outcomes)
        error_types = [name for name, _ in evidence.error_types.most_common()]
        edits: list[Edit] = []
        futile: dict[str, list[Span]] = {}
        for path, line_scores in scores.items():
            index = self._index(path, base[path])
            if index is None:
                continue
            line_scores = {**line_scores, **table_line_scores(index, line_scores)}
            frame_lines = frozenset(frames.get(path, set()))
            errors = resolve_error_names(index, error_types)
            progress = loop_progress_lines(index) if hangs else frozenset()
            futile[path] = unexpected_raise_spans(index, outcomes)
            for site in index.sites:
                site_score = max((line_scores.get(n, 0.0) for n in site.lines), default=0.0)
                if site_score <= 0.0:
                    continue
                ctx = Ctx(index, site, evidence, frame_lines, errors)
                boost = HANG_BOOST if site.lines & progress else 1.0
                for edit in site_edits(ctx):
                    shape = STRUCTURAL_BOOST if edit.structural else 1.0
                    edit.score = edit.prior * max(site_score, SCORE_FLOOR) * boost * shape
                    edits.append(edit)
            covered = frozenset(line_scores)
            for edit in [*literal_edits(index, covered, evidence),
                         *missing_member_edits(index, evidence)]:  # fmt: skip
                edit.score = edit.prior * max(line_scores.get(edit.line, 0.0), 0.6)
                edits.append(edit)
            for edit in handler_widening_edits(index, frame_lines, errors, evidence):
                edit.score = edit.prior * max(line_scores.get(edit.line, 0.0), 0.5)
                edits.append(edit)
        edits = [e for e in edits if not only_within(e, futile.get(e.path, []))]
        order = {id(e): i for i, e in enumerate(edits)}
        jitter = {id(e): self.rng.random() if self.rng else 0.0 for e in edits}
        # the description breaks ties, not the order families found them in: that order follows
        # set iteration, which changes with each process's hash seed
        edits.sort(key=lambda e: (-round(e.score, 6), jitter[id(e)], e.description, order[id(e)]))
        return edits

    def _line_scores(
        self, base: dict[str, str], suspicious: Sequence[SuspiciousLine]
    ) -> dict[str, dict[int, float]]:
        scores: dict[str, dict[int, float]] = {}
        for item in suspicious:
            path, line, score = item.path, item.line, item.score
            if path in base:
                scores.setdefault(path, {})[line] = max(float(score), 1e-6)
        if not scores:  # no coverage and no frames: every line of every source, equally
            return {p: {n: 0.1 for n in range(1, text.count("\n") + 2)} for p, text in base.items()}
        top = max(s for lines in scores.values() for s in lines.values())
        return {p: {n: s / top for n, s in lines.items()} for p, lines in scores.items()}

    def _index(self, path: str, text: str) -> FileIndex | None:
        if path not in self.indexes:
            try:
                self.indexes[path] = FileIndex(path, text)
            except Exception:  # LibCST fails in many ways on odd sources
                return None
        return self.indexes[path]

    # -- screening -----------------------------------------------------------------------------

    def _screen_all(
        self,
        pool: ThreadPoolExecutor,
        groups: Iterable[tuple[Edit, ...]],
        pause: Callable[[], bool] | None = None,
    ) -> Iterator[Trial]:
        """Screen edit groups in order, two at a time, while the budget lasts and until
        ``pause()`` says to stop; a shared iterator then resumes where it stopped."""
        iterator = iter(groups)
        while True:
            if self.workspace.seconds_left() <= self._reserve() or (pause and pause()):
                return
            chunk = list(itertools.islice(iterator, WORKERS))
            if not chunk:
                return
            for trial in pool.map(self._screen, chunk):
                if trial is None:
                    continue
                self._explored.append(trial)
                yield trial

    def _reserve(self) -> float:
        assert self.screener is not None
        return max(self.reserve, 1.5 * self.screener.stats.seconds_per_trial)

    def _screen(self, edits: tuple[Edit, ...]) -> Trial | None:
        assert self.screener is not None
        files: dict[str, str] = {}
        by_path: dict[str, list[Edit]] = {}
        for edit in edits:
            by_path.setdefault(edit.path, []).append(edit)
        for path, path_edits in by_path.items():
            try:
                index = self.indexes[path]
                files[path] = render(index.module, path_edits, index.positions)
            except (cst.CSTValidationError, TypeError, ValueError, cst.ParserSyntaxError):
                return None
        return self.screener.screen(edits, files)

    def _settled(self, trials: Iterator[Trial]) -> Iterator[Candidate]:
        """Collect plausible patches until the search settles, yield them best first, then go on
        yielding any later ones as they are found."""
        found: list[Trial] = []
        since_first = 0
        settle = SETTLE_TRIALS
        for trial in trials:
            if found:
                since_first += 1
            if trial.plausible and trial.description not in self.yielded:
                if not found:
                    assert self.screener is not None
                    settle = max(SETTLE_TRIALS, self.screener.stats.tried * SETTLE_FACTOR)
                found.append(trial)
                self.plausible.append(trial)
            if found and since_first >= settle * self._doubt(found):
                break
        found.sort(key=Trial.rank)
        for trial in found:
            yield self._candidate(trial)
        for trial in trials:
            if trial.plausible and trial.description not in self.yielded:
                self.plausible.append(trial)
                yield self._candidate(trial)

    def _doubt(self, found: list[Trial]) -> int:
        return _doubt(found, bool(self.screener and self.screener.other_keys))

    def _candidate(self, trial: Trial) -> Candidate:
        assert self.screener is not None
        self.yielded.add(trial.description)
        stats = self.screener.stats
        ranked = sorted(self.plausible, key=Trial.rank)
        return Candidate(
            patcher=RepairPatcher.name,
            files=dict(trial.files),
            description=trial.description,
            seconds=round(time.monotonic() - self.started, 3),
            notes={
                "tried": stats.tried,
                "plausible": [t.description for t in ranked],
                "discarded": list(stats.discarded),
                "edits": [e.kind for e in trial.edits],
                "cost": trial.cost,
                "also_fixed": trial.also_fixed,
                "score": round(trial.score, 4),
                "seconds_per_trial": round(stats.seconds_per_trial, 4),
            },
        )

    # -- two-edit patches ----------------------------------------------------------------------

    def _pairs(self, explored: list[Trial]) -> Iterator[tuple[Edit, ...]]:
        """Combine single edits that fixed some failing keys without regressions (partial fixes)
        or at least changed what the failing keys do. Best parts first, in waves: every pair of
        the first MAX_PAIR_PARTS parts, then the pairs each wider wave adds, while budget lasts.
        The pairs that may mend a trade-off join the first wave, ranked among its pairs; the
        best partial fix paired with the lines it exposes follows the first wave, or comes
        before it when that fix took away the error a failing case raised. Without a partial
        fix, the best trade-off takes its place, first: the cases it breaks run the lines where
        the other half of the fix belongs."""
        singles = [t for t in explored if len(t.edits) == 1]
        partial = sorted((t for t in singles if t.partial), key=lambda t: -t.score)
        changed = sorted(
            (t for t in singles if t.changed and not t.partial and t.rejected == "failing"),
            key=lambda t: -t.score,
        )
        strong = {id(t.edits[0]) for t in partial}
        ranked = [t.edits[0] for t in [*partial, *changed]]
        trade_offs = sorted((t for t in singles if t.trade_off), key=lambda t: -t.score)
        mending = self._mending_pairs(singles, trade_offs)
        exposing = partial[:1] or trade_offs[:1]
        done, size = 0, MAX_PAIR_PARTS
        if (partial and partial[0].unmasked) or (not partial and trade_offs):
            # it ran into what its error hid, or broke what runs the other half: look there first
            self._exposed_done = True
            yield from self._exposed_pairs(exposing[0])
        while done < len(ranked) or mending:
            parts = ranked[:size]
            wave, mending = mending, []
            for j in range(max(done, 1), len(parts)):
                for i in range(j):
                    a, b = parts[i], parts[j]
                    if a.path == b.path and a.overlaps(b):
                        continue
                    bonus = 2.0 if id(a) in strong or id(b) in strong else 1.0
                    wave.append((-(a.score * b.score * bonus), len(wave), (a, b)))
            wave.sort(key=lambda p: (p[0], p[1]))
            for _, _, pair in wave:
                yield pair
            if exposing and not self._exposed_done:  # after the first wave of known parts
                self._exposed_done = True
                yield from self._exposed_pairs(exposing[0])
            done, size = len(parts), size * 2

    def _exposed_pairs(self, partial: Trial) -> Iterator[tuple[Edit, ...]]:
        """The best partial fix (or trade-off) with edits at the lines it exposes. A failure
        that stopped at an exception never ran the code after it, so the second half of a
        two-line bug there has no suspiciousness; with the first half applied, the cases still
        failing (or newly failing) run it, and localizing them again ranks the second half's
        lines."""
        assert self.screener is not None
        first, screener = partial.edits[0], self.screener
        outcomes = self.workspace.try_files(
            partial.files, [*screener.fail_keys, *screener.pass_keys], coverage=True
        )
        failing = [o for o in outcomes if not o.passed]
        if not failing:
            return
        shift = partial.files[first.path].count("\n") - screener.base[first.path].count("\n")
        suspicious = [
            s if s.path != first.path or s.line <= first.line else replace(s, line=s.line - shift)
            for s in rank_outcomes(failing, [o for o in outcomes if o.passed], set(screener.base))
        ]
        seconds = self._generate(screener.base, suspicious, self._evidence, failing)
        for edit in seconds[:MAX_EXPOSED]:
            if edit.path != first.path or not edit.overlaps(first):
                yield (first, edit)

    def _mending_pairs(
        self, singles: list[Trial], trade_offs: list[Trial]
    ) -> list[tuple[float, int, tuple[Edit, ...]]]:
        """Each of the best few trade-offs (an edit that fixes every failure and breaks some
        passing case; ``trade_offs`` best first) with each of the best single edits that ran
        cleanly: the second edit may repair what the first one exposed, even though alone it
        changes no failure."""
        # one per set of broken cases: the others are mostly the same fix spelt otherwise
        distinct: dict[tuple[str, ...], Trial] = {}
        for trial in trade_offs:
            distinct.setdefault(trial.broke, trial)
        if not distinct:
            return []
        menders = sorted(
            (t for t in singles if t.rejected in {"failing", "regression"}), key=lambda t: -t.score
        )
        pairs: list[tuple[float, int, tuple[Edit, ...]]] = []
        for first in list(distinct.values())[:MAX_TRADE_OFFS]:
            a = first.edits[0]
            for other in menders[:MAX_MENDERS]:
                b = other.edits[0]
                if b is not a and not (a.path == b.path and a.overlaps(b)):
                    # a trade-off is as strong a part as a partial fix: the same bonus
                    pairs.append((-(a.score * b.score * 2.0), len(pairs), (a, b)))
        return pairs
