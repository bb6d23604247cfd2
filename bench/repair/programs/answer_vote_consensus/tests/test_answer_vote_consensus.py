import pytest

from answer_vote_consensus import Sample, answer_key, vote


def test_plain_majority():
    verdict = vote([Sample("a", "42"), Sample("b", "41"), Sample("c", "42")])
    assert verdict.answer == "42"
    assert verdict.agents == ["a", "c"]
    assert verdict.support == pytest.approx(2 / 3)
    assert verdict.decided


def test_equivalent_strings_count_together():
    verdict = vote([Sample("a", "Paris"), Sample("b", " paris."), Sample("c", "Lyon")])
    assert verdict.answer == "Paris"
    assert verdict.agents == ["a", "b"]


def test_tie_goes_to_first_answer():
    verdict = vote([Sample("a", "yes"), Sample("b", "no")])
    assert verdict.answer == "yes"
    assert not verdict.decided


def test_weights_decide():
    verdict = vote([Sample("small", "x"), Sample("small2", "x"), Sample("large", "y", weight=3.0)])
    assert verdict.answer == "y"
    assert verdict.support == pytest.approx(0.6)


def test_structured_answers_are_compared_by_content():
    samples = [
        Sample("a", {"city": "Paris", "country": "FR"}),
        Sample("b", {"country": "FR", "city": "Paris"}),
        Sample("c", {"city": "Nice", "country": "FR"}),
    ]
    verdict = vote(samples)
    assert verdict.answer == {"city": "Paris", "country": "FR"}
    assert verdict.agents == ["a", "b"]


def test_answer_key_of_strings():
    assert answer_key("  Yes. ") == answer_key("yes")
    assert answer_key("yes") != answer_key("no")


def test_no_samples():
    with pytest.raises(ValueError):
        vote([])
