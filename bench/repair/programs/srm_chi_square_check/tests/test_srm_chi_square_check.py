import pytest

from srm_chi_square_check import chi_square, expected_counts, has_srm

EVEN = {"control": 1, "treatment": 1}


def test_expected_counts_follow_weights():
    assert expected_counts({"a": 30, "b": 70}, {"a": 1, "b": 3}) == {"a": 25.0, "b": 75.0}


def test_chi_square_of_a_perfect_split_is_zero():
    assert chi_square({"control": 500, "treatment": 500}, EVEN) == 0.0


def test_chi_square_value():
    assert chi_square({"control": 5100, "treatment": 4900}, EVEN) == pytest.approx(4.0)


def test_balanced_split_has_no_srm():
    assert not has_srm({"control": 5030, "treatment": 4970}, EVEN)


def test_skewed_split_is_flagged():
    assert has_srm({"control": 5174, "treatment": 4826}, EVEN)


def test_no_traffic_is_not_flagged():
    assert not has_srm({}, EVEN)
