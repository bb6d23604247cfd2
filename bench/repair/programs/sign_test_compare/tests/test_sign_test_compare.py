import pytest

from sign_test_compare import compare, paired_outcomes, sign_test_p


def test_outcomes_only_count_shared_tasks():
    baseline = {"t1": 0.0, "t2": 1.0, "t3": 0.5, "t4": 1.0}
    candidate = {"t1": 1.0, "t2": 0.0, "t3": 0.5, "t5": 1.0}
    assert paired_outcomes(baseline, candidate) == (1, 1, 1)


def test_no_informative_pairs():
    assert sign_test_p(0, 0) == 1.0


def test_even_split_is_not_significant():
    assert sign_test_p(5, 5) == pytest.approx(1.0)


def test_clean_sweep():
    assert sign_test_p(10, 0) == pytest.approx(2 / 1024)


def test_candidate_better_verdict():
    baseline = {f"t{i}": 0 for i in range(12)}
    candidate = {f"t{i}": 1 for i in range(12)}
    candidate["t0"] = 0
    result = compare(baseline, candidate)
    assert result["wins"] == 11
    assert result["ties"] == 1
    assert result["verdict"] == "candidate better"
