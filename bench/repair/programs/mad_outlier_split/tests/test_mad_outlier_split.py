import pytest

from mad_outlier_split import median, modified_zscores, split_outliers


def test_median_odd_and_even():
    assert median([5, 1, 3]) == 3
    assert median([4, 1, 3, 2]) == 2.5


def test_median_of_nothing_is_an_error():
    with pytest.raises(ValueError):
        median([])


def test_scores_are_centred_on_the_median():
    scores = modified_zscores([1, 2, 3, 4, 5])
    assert scores[2] == 0
    assert scores[4] == pytest.approx(0.6745 * 2)


def test_tight_data_has_no_outliers():
    data = [10.1, 9.8, 10.0, 10.3, 9.9, 10.2]
    assert split_outliers(data) == (data, [])


def test_spike_is_reported():
    data = [20, 21, 19, 22, 20, 95, 21]
    assert split_outliers(data) == ([20, 21, 19, 22, 20, 21], [95])


def test_dropout_is_reported():
    data = [20, 21, 19, 22, 20, -40, 21]
    assert split_outliers(data) == ([20, 21, 19, 22, 20, 21], [-40])
