import pytest

from answer_vote_consensus import Sample, answer_key, vote


def test_nested_key_order_does_not_matter():
    one = {"steps": [{"op": "add", "arg": 2}, {"op": "mul", "arg": 3}], "result": 15}
    two = {"result": 15, "steps": [{"arg": 2, "op": "add"}, {"arg": 3, "op": "mul"}]}
    assert answer_key(one) == answer_key(two)


def test_list_order_still_matters():
    assert answer_key(["a", "b"]) != answer_key(["b", "a"])
    assert answer_key({"k": [1, 2]}) != answer_key({"k": [2, 1]})


def test_structured_majority_over_reordered_keys():
    samples = [
        Sample("p", {"label": "spam", "score": 1}),
        Sample("q", {"label": "ham", "score": 0}),
        Sample("r", {"score": 0, "label": "ham"}),
        Sample("s", {"score": 0, "label": "ham"}),
    ]
    verdict = vote(samples)
    assert verdict.answer == {"label": "ham", "score": 0}
    assert verdict.agents == ["q", "r", "s"]
    assert verdict.support == pytest.approx(0.75)
    assert verdict.decided


def test_first_writer_form_is_kept():
    samples = [Sample("a", {"b": 1, "a": 2}), Sample("b", {"a": 2, "b": 1})]
    verdict = vote(samples)
    assert list(verdict.answer) == ["b", "a"]
    assert verdict.support == pytest.approx(1.0)


def test_strings_and_numbers_differ():
    samples = [Sample("a", 7), Sample("b", "7"), Sample("c", 7)]
    verdict = vote(samples)
    assert verdict.answer == 7
    assert verdict.agents == ["a", "c"]


def test_weighted_tie_goes_to_first():
    samples = [Sample("a", "x", 2.0), Sample("b", "y", 1.0), Sample("c", "Y.", 1.0)]
    verdict = vote(samples)
    assert verdict.answer == "x"
    assert verdict.support == pytest.approx(0.5)
    assert not verdict.decided


def test_quorum_is_strict_and_adjustable():
    samples = [Sample("a", "x"), Sample("b", "x"), Sample("c", "y"), Sample("d", "z")]
    assert not vote(samples).decided
    assert vote(samples, quorum=0.4).decided


def test_zero_weights():
    verdict = vote([Sample("a", "x", 0.0)])
    assert verdict.support == 0.0
    assert not verdict.decided
