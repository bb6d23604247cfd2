import pytest

from mad_outlier_split import modified_zscores, split_outliers


def test_low_scores_are_negative():
    scores = modified_zscores([1, 2, 3, 4, 5])
    assert scores[0] == pytest.approx(-0.6745 * 2)
    assert scores[1] == pytest.approx(-0.6745)


def test_both_sides_in_input_order():
    data = [300, 101, 99, 100, 102, 98, 100, -5, 101]
    assert split_outliers(data) == ([101, 99, 100, 102, 98, 100, 101], [300, -5])


def test_only_low_outliers():
    data = [7.0, 7.2, 6.9, 7.1, 0.5, 7.0, 0.4]
    inliers, outliers = split_outliers(data)
    assert outliers == [0.5, 0.4]
    assert inliers == [7.0, 7.2, 6.9, 7.1, 7.0]


def test_threshold_is_strict_and_symmetric():
    # median 10, MAD 1 -> score of 10 + k is 0.6745 * k
    data = [9, 10, 11, 10, 9, 11, 10, 16, 4]
    assert split_outliers(data, threshold=0.6745 * 6) == (data, [])
    assert split_outliers(data, threshold=4.0) == ([9, 10, 11, 10, 9, 11, 10], [16, 4])


def test_constant_majority_flags_nothing():
    data = [5, 5, 5, 5, 5, -100, 100]
    assert split_outliers(data) == (data, [])
