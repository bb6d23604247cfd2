"""The baseline: every recorded episode (or test) run again on the current, unpatched version.

A recorded failure that passes when replayed is unreproducible and set aside; an episode that
passed when recorded but fails now is a new failure of this version. What passes here is the
regression set that every candidate must keep passing.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from selfpatch.ledger import Ledger, new_id
from selfpatch.types import Episode, Outcome
from selfpatch.verify._trials import TrialPool


@dataclass
class Baseline:
    version: str
    episodes: dict[str, Episode] = field(default_factory=dict)
    """The recorded episode of every key (task id or test node id)."""
    current: dict[str, Outcome] = field(default_factory=dict)
    """How each key fares on the current version."""
    unreproducible: list[str] = field(default_factory=list)

    def failures(self) -> list[Episode]:
        return [self.episodes[k] for k, o in self.current.items() if not o.passed]

    def passing(self) -> list[Episode]:
        return [self.episodes[k] for k, o in self.current.items() if o.passed]

    def mean_score(self) -> float:
        scores = [o.score for o in self.current.values()]
        return sum(scores) / len(scores) if scores else 0.0


def replayed_baseline(ledger: Ledger, pool: TrialPool, version: str) -> Baseline:
    """Replay the latest recorded episode of every task on ``version``."""
    recorded = ledger.latest_episodes("task")
    base = Baseline(version, {e.outcome.key: e for e in recorded})
    verdicts: dict[str, bool] = {}
    for episode, outcome in zip(recorded, pool.replay(recorded), strict=True):
        if outcome.status == "diverged":
            outcome.passed = False
        reproducible = episode.outcome.passed or not outcome.passed
        if not episode.outcome.passed:
            verdicts[episode.id] = reproducible
        if reproducible:
            base.current[episode.outcome.key] = outcome
        else:
            base.unreproducible.append(episode.outcome.key)
    ledger.mark_reproducible(verdicts)
    return base


def tests_baseline(ledger: Ledger, pool: TrialPool, version: str, tests: list[str]) -> Baseline:
    """Run every test on ``version``, failures twice: a flaky one is unreproducible. A test that
    timed out is not run again (a hang is its own evidence, and waiting twice costs minutes)."""
    outcomes = pool.run_tests(tests)
    failing = [o.key for o in outcomes if not o.passed and o.status != "timeout"]
    again = {o.key: o for o in pool.run_tests(failing)} if failing else {}
    base = Baseline(version)
    episodes: list[Episode] = []
    for outcome in outcomes:
        retry = again.get(outcome.key, outcome)
        reproducible = outcome.passed or not retry.passed
        episode = Episode(
            id=new_id("ep"),
            task={"id": outcome.key, "input": outcome.key, "kind": "test"},
            version=version,
            outcome=outcome,
            reproducible=None if outcome.passed else reproducible,
        )
        episodes.append(episode)
        base.episodes[outcome.key] = episode
        if reproducible:
            base.current[outcome.key] = outcome
        else:
            base.unreproducible.append(outcome.key)
    ledger.record_episodes(new_id("run"), version, episodes)
    return base


def pytest_targets(command: str) -> list[str]:
    """The paths a pytest command line runs (``python -m pytest -q tests`` -> ``["tests"]``)."""
    words = shlex.split(command)
    at = next((i for i, w in enumerate(words) if w.endswith(("pytest", "py.test"))), None)
    if at is None:
        return ["."]
    targets = [w for w in words[at + 1 :] if not w.startswith("-")]
    return targets or ["."]
