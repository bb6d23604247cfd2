from hysteresis_alert import HysteresisAlert


def test_value_on_low_threshold_does_not_resolve():
    alert = HysteresisAlert(high=80, low=40)
    alert.observe(0, 85)
    assert alert.observe(1, 40) is True
    assert alert.observe(2, 39.9) is False


def test_exact_high_with_streak():
    alert = HysteresisAlert(high=5, low=2, fire_after=2)
    assert alert.feed([(0, 5), (1, 5)]) == [(1, "firing")]


def test_low_sample_breaks_fire_streak():
    alert = HysteresisAlert(high=10, low=5, fire_after=2)
    assert alert.feed([(0, 12), (1, 1), (2, 12)]) == []
    assert alert.feed([(3, 11)]) == [(3, "firing")]


def test_middle_sample_breaks_resolve_streak():
    alert = HysteresisAlert(high=10, low=5, resolve_after=2)
    assert alert.feed([(0, 20), (1, 1), (2, 7), (3, 2)]) == [(0, "firing")]
    assert alert.feed([(4, 3)]) == [(4, "resolved")]


def test_high_sample_breaks_resolve_streak():
    alert = HysteresisAlert(high=10, low=5, resolve_after=2)
    assert alert.feed([(0, 20), (1, 1), (2, 20), (3, 1)]) == [(0, "firing")]
    assert alert.firing is True


def test_flapping_series_full_cycle():
    alert = HysteresisAlert(high=90, low=60, fire_after=2, resolve_after=2)
    samples = [(0, 91), (1, 95), (2, 75), (3, 55), (4, 50), (5, 90), (6, 30), (7, 92), (8, 90)]
    assert alert.feed(samples) == [(1, "firing"), (4, "resolved"), (8, "firing")]


def test_feed_returns_only_new_transitions():
    alert = HysteresisAlert(high=3, low=1)
    assert alert.feed([(0, 3)]) == [(0, "firing")]
    assert alert.feed([(1, 2)]) == []
    assert alert.feed([(2, 0)]) == [(2, "resolved")]
    assert alert.transitions == [(0, "firing"), (2, "resolved")]
