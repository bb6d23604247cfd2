from math import comb

import pytest

from sign_test_compare import compare, paired_outcomes, sign_test_p


def reference(wins, losses):
    n = wins + losses
    k = min(wins, losses)
    return min(1.0, 2 * sum(comb(n, i) for i in range(k + 1)) / 2 ** n)


@pytest.mark.parametrize("wins,losses", [(1, 0), (3, 0), (6, 0), (8, 2), (2, 8), (9, 1), (7, 7), (12, 5), (4, 3)])
def test_matches_binomial_reference(wins, losses):
    assert sign_test_p(wins, losses) == pytest.approx(reference(wins, losses))


def test_single_win_is_certainly_not_significant():
    assert sign_test_p(1, 0) == 1.0
    assert sign_test_p(3, 0) == pytest.approx(0.25)


def test_p_value_is_symmetric():
    assert sign_test_p(8, 2) == pytest.approx(sign_test_p(2, 8)) == pytest.approx(0.109375)


def test_seven_to_one_is_not_enough():
    baseline = {f"t{i}": 0.2 for i in range(10)}
    candidate = dict(baseline)
    for i in range(7):
        candidate[f"t{i}"] = 0.9
    candidate["t7"] = 0.1
    result = compare(baseline, candidate)
    assert (result["wins"], result["losses"], result["ties"]) == (7, 1, 2)
    assert result["p_value"] == pytest.approx(0.0703125)
    assert result["verdict"] == "no difference"


def test_baseline_better_verdict():
    baseline = {f"t{i}": 1 for i in range(9)}
    candidate = {f"t{i}": 0 for i in range(9)}
    result = compare(baseline, candidate)
    assert result["losses"] == 9
    assert result["verdict"] == "baseline better"


def test_disjoint_runs():
    assert paired_outcomes({"a": 1}, {"b": 0}) == (0, 0, 0)
    assert compare({"a": 1}, {"b": 0})["verdict"] == "no difference"
