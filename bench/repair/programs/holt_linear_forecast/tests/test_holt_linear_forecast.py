import pytest

from holt_linear_forecast import holt_forecast, holt_smooth, sse


def test_rejects_short_series():
    with pytest.raises(ValueError):
        holt_smooth([5.0], 0.5, 0.5)


def test_rejects_out_of_range_parameters():
    with pytest.raises(ValueError):
        holt_smooth([1, 2, 3], 0.0, 0.5)
    with pytest.raises(ValueError):
        holt_smooth([1, 2, 3], 0.5, 1.5)


def test_flat_series_stays_flat():
    assert holt_forecast([4, 4, 4, 4], 0.5, 0.3, 3) == pytest.approx([4, 4, 4])


def test_straight_line_is_extended():
    series = [10, 12, 14, 16, 18]
    assert holt_forecast(series, 0.6, 0.4, 3) == pytest.approx([20, 22, 24])


def test_straight_line_has_no_error():
    assert sse([1, 4, 7, 10, 13], 0.3, 0.2) == pytest.approx(0.0)
