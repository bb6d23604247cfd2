from critique_revise_loop import Critique, Outcome, refine


class Script:
    def __init__(self, first, scores, rewrites):
        self.first = first
        self.scores = scores
        self.rewrites = rewrites
        self.revise_calls = []
        self.critiqued = []

    def draft(self):
        return self.first

    def critique(self, text):
        self.critiqued.append(text)
        return Critique(self.scores[text], f"fix {text}")

    def revise(self, text, notes):
        self.revise_calls.append((text, notes))
        return self.rewrites[text]


def _run(script, **kwargs):
    return refine(script.draft, script.critique, script.revise, **kwargs)


def test_exact_threshold_on_first_draft():
    script = Script("a", {"a": 0.6}, {"a": "b"})
    outcome = _run(script, threshold=0.6)
    assert outcome == Outcome("a", 0.6, 0, True, [("a", 0.6)])
    assert script.revise_calls == []


def test_exact_threshold_after_three_rounds():
    scores = {"a": 0.1, "b": 0.2, "c": 0.3, "d": 0.75, "e": 1.0}
    rewrites = {"a": "b", "b": "c", "c": "d", "d": "e"}
    outcome = _run(Script("a", scores, rewrites), threshold=0.75, max_rounds=10)
    assert (outcome.best, outcome.rounds, outcome.accepted) == ("d", 3, True)


def test_worse_revisions_are_still_revised_further():
    scores = {"a": 0.6, "b": 0.1, "c": 0.2, "d": 0.3}
    rewrites = {"a": "b", "b": "c", "c": "d", "d": "e"}
    script = Script("a", scores, rewrites)
    outcome = _run(script, max_rounds=3)
    assert script.revise_calls == [("a", "fix a"), ("b", "fix b"), ("c", "fix c")]
    assert script.critiqued == ["a", "b", "c", "d"]
    assert (outcome.best, outcome.best_score, outcome.rounds, outcome.accepted) == ("a", 0.6, 3, False)
    assert [t for t, _ in outcome.history] == ["a", "b", "c", "d"]


def test_earliest_of_equal_scores_wins():
    scores = {"a": 0.2, "b": 0.5, "c": 0.5, "d": 0.4}
    rewrites = {"a": "b", "b": "c", "c": "d"}
    outcome = _run(Script("a", scores, rewrites), max_rounds=3)
    assert (outcome.best, outcome.best_score, outcome.accepted) == ("b", 0.5, False)


def test_zero_round_budget():
    script = Script("a", {"a": 0.1}, {"a": "b"})
    outcome = _run(script, max_rounds=0)
    assert (outcome.best, outcome.rounds, outcome.accepted) == ("a", 0, False)
    assert script.revise_calls == []


def test_perfect_threshold_needs_a_perfect_score():
    scores = {"a": 0.9, "b": 0.99, "c": 1.0}
    rewrites = {"a": "b", "b": "c", "c": "d"}
    outcome = _run(Script("a", scores, rewrites), threshold=1.0, max_rounds=5)
    assert (outcome.best, outcome.rounds, outcome.accepted) == ("c", 2, True)
