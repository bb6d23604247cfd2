import pytest

from debate_rounds import debate, leader


def fixed(answer):
    return lambda question, peers: answer


def follower(own):
    """Answers `own` until it sees peers, then adopts the most common peer answer."""
    def debater(question, peers):
        if not peers:
            return own
        return leader(peers)[0]
    return debater


def test_leader_counts_normalised_answers():
    assert leader({"a": "Blue", "b": "blue ", "c": "red"}) == ("Blue", pytest.approx(2 / 3))


def test_immediate_agreement_ends_after_one_round():
    outcome = debate("sky colour?", {"a": fixed("blue"), "b": fixed("blue"), "c": fixed("red")})
    assert (outcome.answer, outcome.rounds, outcome.converged) == ("blue", 1, True)


def test_no_agreement_runs_all_rounds():
    outcome = debate("q", {"a": fixed("x"), "b": fixed("y")}, max_rounds=4)
    assert outcome.rounds == 4
    assert not outcome.converged
    assert len(outcome.transcript) == 4


def test_peers_converge_in_second_round():
    debaters = {"a": fixed("4"), "b": follower("5"), "c": follower("6"), "d": fixed("4")}
    outcome = debate("2+2?", debaters, agreement=0.75)
    assert outcome.transcript[0] == {"a": "4", "b": "5", "c": "6", "d": "4"}
    assert outcome.transcript[1] == {"a": "4", "b": "4", "c": "4", "d": "4"}
    assert (outcome.answer, outcome.rounds, outcome.converged) == ("4", 2, True)


def test_needs_debaters():
    with pytest.raises(ValueError):
        debate("q", {})
