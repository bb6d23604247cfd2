"""Screening candidate sources in the workspace, cheapest rejection first, with a result cache."""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import threading
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from selfpatch.patchers.repair._edits import Edit
from selfpatch.protocols import Workspace
from selfpatch.types import Outcome

FIRST_CHUNK = 4
"""Failing keys run in the first screening call; a candidate fixing none of them stops there.
One key only when the base version hangs on a failing key: every such trial may cost a timeout."""
SUSPECTS = 2
"""Passing keys that broke most often, run in a call of their own before the rest."""


@dataclass(slots=True, eq=False)
class Trial:
    edits: tuple[Edit, ...]
    files: dict[str, str]
    rejected: str = ""
    """Why it is not plausible: syntax, unchanged, failing, regression; empty when plausible."""
    fixed: frozenset[str] = frozenset()
    broke: tuple[str, ...] = ()
    changed: bool = False
    """Some failing key behaves differently than on the base version."""
    unmasked: bool = False
    """A failing key that raised an error on the base version still fails, now without one:
    the code ran past where it stopped, into what the error hid."""
    cost: int = 0
    seconds: float = 0.0
    also_fixed: int = 0
    """Failures of other batches this plausible patch fixes as well."""

    @property
    def plausible(self) -> bool:
        return not self.rejected

    @property
    def partial(self) -> bool:
        return self.rejected == "failing" and bool(self.fixed) and not self.broke

    @property
    def trade_off(self) -> bool:
        """Fixes every failure but breaks something that passed: half of a two-line fix whose
        other half restores what this one exposes (a limit made inclusive that needs the
        window to expire as well)."""
        return self.rejected == "regression"

    @property
    def score(self) -> float:
        product = 1.0
        for edit in self.edits:
            product *= edit.score
        return product

    @property
    def description(self) -> str:
        return "; ".join(e.description for e in self.edits)

    def rank(self) -> tuple[bool, bool, int, bool, int, int, int, float]:
        """Lower is better: deletion-only last, then weakening; then the patch that fixes more
        failures it was not made for; structural repairs before the rest; then the one that
        keeps the file's repeated expressions alike; then the smallest change, then the one
        that reuses the file's own code."""
        deletes = all(e.deletes for e in self.edits)
        weakens = any(e.weakens for e in self.edits)
        structural = any(e.structural for e in self.edits)
        breaks = sum(e.breaks_idiom or bool(e.suspect) for e in self.edits)
        unfamiliar = sum(not e.familiar for e in self.edits)
        return (deletes, weakens, -self.also_fixed, not structural, breaks, self.cost,
                unfamiliar, -self.score)  # fmt: skip


@dataclass(slots=True)
class Stats:
    tried: int = 0
    cached: int = 0
    syntax: int = 0
    seconds: float = 0.0
    discarded: list[str] = field(default_factory=list)

    @property
    def seconds_per_trial(self) -> float:
        return self.seconds / self.tried if self.tried else 0.0


class Screener:
    def __init__(
        self,
        workspace: Workspace,
        base: dict[str, str],
        fail_keys: Sequence[str],
        pass_keys: Sequence[str],
        baseline: dict[str, Outcome],
        other_keys: Sequence[str] = (),
    ) -> None:
        self.workspace = workspace
        self.base = base
        self.fail_keys = list(fail_keys)
        self.pass_keys = list(pass_keys)
        self.other_keys = list(other_keys)
        self.baseline = {k: _signature(o) for k, o in baseline.items()}
        hangs = any(o.status == "timeout" for o in baseline.values())
        self.first_chunk = 1 if hangs else FIRST_CHUNK
        self.stats = Stats()
        self._cache: dict[str, Trial] = {}
        self._breaks: Counter[str] = Counter()
        """How often each passing case broke: those are run first, and alone."""
        self._lock = threading.Lock()

    def screen(self, edits: tuple[Edit, ...], files: dict[str, str]) -> Trial:
        digest = _digest(files)
        with self._lock:
            cached = self._cache.get(digest)
            if cached is not None:
                self.stats.cached += 1
                return dataclasses.replace(cached, edits=edits, files=files, seconds=0.0)
        trial = Trial(edits, files, cost=self._cost(files))
        started = time.monotonic()
        self._run(trial)
        trial.seconds = time.monotonic() - started
        with self._lock:
            self._cache[digest] = trial
            if trial.rejected != "syntax" and trial.rejected != "unchanged":
                self.stats.tried += 1
                self.stats.seconds += trial.seconds
            elif trial.rejected == "syntax":
                self.stats.syntax += 1
            if trial.rejected == "regression" and len(self.stats.discarded) < 20:
                self.stats.discarded.append(
                    f"{trial.description} (breaks {len(trial.broke)} passing)"
                )
        return trial

    def _run(self, trial: Trial) -> None:
        if all(self.base.get(p) == text for p, text in trial.files.items()):
            trial.rejected = "unchanged"
            return
        for path, text in trial.files.items():
            try:
                with warnings.catch_warnings():  # a candidate's SyntaxWarning is not the user's
                    warnings.simplefilter("ignore", SyntaxWarning)
                    compile(text, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                trial.rejected = "syntax"
                return
        fixed: set[str] = set()
        first, rest = self.fail_keys[: self.first_chunk], self.fail_keys[self.first_chunk :]
        for chunk in (first, rest):
            if not chunk:
                continue
            for outcome in self.workspace.try_files(trial.files, chunk):
                if outcome.passed:
                    fixed.add(outcome.key)
                before = self.baseline.get(outcome.key)
                if _signature(outcome) != before:
                    trial.changed = True
                    trial.unmasked |= not outcome.passed and _ran_past_error(before, outcome)
            if not fixed:
                break
        trial.fixed = frozenset(fixed)
        if fixed and self.pass_keys:
            trial.broke = self._broken(trial.files)
        if len(fixed) < len(self.fail_keys):
            trial.rejected = "failing"
        elif trial.broke:
            trial.rejected = "regression"
        elif self.other_keys:
            outcomes = self.workspace.try_files(trial.files, self.other_keys)
            trial.also_fixed = sum(o.passed for o in outcomes)

    def _broken(self, files: dict[str, str]) -> tuple[str, ...]:
        """The passing cases the files break. The cases that broke most often so far run
        first: when one of them breaks again the rest are skipped (a regression is a regression)."""
        with self._lock:
            suspects = [k for k, _ in self._breaks.most_common(SUSPECTS) if k in self.pass_keys]
        rest = [k for k in self.pass_keys if k not in suspects]
        broke: tuple[str, ...] = ()
        for chunk in (suspects, rest):
            if chunk and not broke:
                outcomes = self.workspace.try_files(files, chunk)
                broke = tuple(o.key for o in outcomes if not o.passed)
        with self._lock:
            self._breaks.update(broke)
        return broke

    def _cost(self, files: dict[str, str]) -> int:
        cost = 0
        for path, text in files.items():
            removed, added = changed_chars(self.base.get(path, ""), text)
            cost += 2 * removed + added
        return cost


def changed_chars(old: str, new: str) -> tuple[int, int]:
    """Characters removed and added between two texts, counted within each changed region."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    removed = added = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            r, a = _trimmed("".join(old_lines[i1:i2]), "".join(new_lines[j1:j2]))
            removed, added = removed + r, added + a
    return removed, added


def _trimmed(old: str, new: str) -> tuple[int, int]:
    """Characters removed and added by a character-level diff of one changed region, so that
    wrapping ``number`` as ``(number - 1)`` costs the 6 characters it adds. Indentation is no
    change: a line inserted inside a block costs what one inserted after it does."""
    old, new = _unindented(old), _unindented(new)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    removed = added = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed, added = removed + i2 - i1, added + j2 - j1
    return removed, added


def _unindented(text: str) -> str:
    return "".join(line.lstrip(" \t") for line in text.splitlines(keepends=True))


def _signature(outcome: Outcome) -> str:
    output = json.dumps(outcome.output, sort_keys=True, default=repr)[:2000]
    message = (outcome.error_message or "")[:300]
    return f"{outcome.status}|{outcome.passed}|{outcome.error_type}|{message}|{output}"


_NO_ERROR = frozenset({"None", "AssertionError"})


def _ran_past_error(before: str | None, outcome: Outcome) -> bool:
    """Whether the base version's signature shows an error raised by the code (not a failed
    assertion), and the outcome none."""
    raised = before is not None and before.split("|")[2] not in _NO_ERROR
    return raised and str(outcome.error_type) in _NO_ERROR


def _digest(files: dict[str, str]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path].encode() + b"\0")
    return digest.hexdigest()
