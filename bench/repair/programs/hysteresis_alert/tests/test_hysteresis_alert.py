import pytest

from hysteresis_alert import HysteresisAlert


def test_starts_quiet():
    alert = HysteresisAlert(high=90, low=70)
    assert alert.observe(0, 50) is False
    assert alert.transitions == []


def test_fires_on_high_and_resolves_on_low():
    alert = HysteresisAlert(high=90, low=70)
    assert alert.observe(0, 95) is True
    assert alert.observe(1, 80) is True
    assert alert.observe(2, 60) is False
    assert alert.transitions == [(0, "firing"), (2, "resolved")]


def test_needs_consecutive_samples_to_fire():
    alert = HysteresisAlert(high=0.9, low=0.5, fire_after=3)
    events = alert.feed([(0, 0.95), (1, 0.97), (2, 0.3), (3, 0.96), (4, 0.99), (5, 0.93)])
    assert events == [(5, "firing")]


def test_value_on_the_high_threshold_counts():
    alert = HysteresisAlert(high=100, low=50)
    assert alert.feed([(0, 100)]) == [(0, "firing")]


def test_low_must_be_below_high():
    with pytest.raises(ValueError):
        HysteresisAlert(high=10, low=10)
