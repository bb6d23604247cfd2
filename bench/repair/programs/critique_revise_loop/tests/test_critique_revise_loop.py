from critique_revise_loop import Critique, refine


class Script:
    """A drafter, critic and reviser driven by a table of scores per text."""

    def __init__(self, first, scores, rewrites):
        self.first = first
        self.scores = scores
        self.rewrites = rewrites
        self.revise_calls = []

    def draft(self):
        return self.first

    def critique(self, text):
        return Critique(self.scores[text], f"notes on {text}")

    def revise(self, text, notes):
        self.revise_calls.append((text, notes))
        return self.rewrites[text]


def _run(script, **kwargs):
    return refine(script.draft, script.critique, script.revise, **kwargs)


def test_good_first_draft_is_kept():
    script = Script("v1", {"v1": 0.95}, {})
    outcome = _run(script)
    assert (outcome.best, outcome.rounds, outcome.accepted) == ("v1", 0, True)
    assert script.revise_calls == []


def test_revises_until_good_enough():
    script = Script("v1", {"v1": 0.3, "v2": 0.6, "v3": 0.9}, {"v1": "v2", "v2": "v3"})
    outcome = _run(script)
    assert outcome.best == "v3"
    assert outcome.rounds == 2
    assert outcome.accepted
    assert outcome.history == [("v1", 0.3), ("v2", 0.6), ("v3", 0.9)]


def test_score_equal_to_threshold_is_enough():
    script = Script("v1", {"v1": 0.5, "v2": 0.8}, {"v1": "v2", "v2": "v3"})
    outcome = _run(script, threshold=0.8)
    assert (outcome.best, outcome.rounds, outcome.accepted) == ("v2", 1, True)


def test_round_budget_and_best_version():
    script = Script("v1", {"v1": 0.4, "v2": 0.7, "v3": 0.5}, {"v1": "v2", "v2": "v3"})
    outcome = _run(script, max_rounds=2)
    assert (outcome.best, outcome.best_score) == ("v2", 0.7)
    assert outcome.rounds == 2
    assert not outcome.accepted


def test_each_revision_starts_from_the_latest_version():
    script = Script(
        "v1",
        {"v1": 0.5, "v2": 0.2, "v3": 0.9},
        {"v1": "v2", "v2": "v3"},
    )
    outcome = _run(script)
    assert script.revise_calls == [("v1", "notes on v1"), ("v2", "notes on v2")]
    assert outcome.best == "v3"
