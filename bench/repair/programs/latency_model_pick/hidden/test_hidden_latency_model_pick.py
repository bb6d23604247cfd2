from latency_model_pick import LatencyPicker


def feed(picker, model, values):
    for value in values:
        picker.record(model, value)


def test_unmeasured_model_estimates_slower_than_any_real_latency():
    picker = LatencyPicker(min_samples=3)
    assert picker.estimate("never-called") > 1e6
    feed(picker, "m", [0.5, 0.5])
    assert picker.estimate("m") > 1e6
    picker.record("m", 0.5)
    assert picker.estimate("m") == 0.5


def test_nothing_fits_falls_back_to_fastest_measured():
    picker = LatencyPicker(statistic="mean", min_samples=2)
    feed(picker, "a", [3.0, 3.0])
    feed(picker, "b", [2.0, 2.5])
    assert picker.pick(["new", "a", "b"], budget=1.0) == "b"


def test_zero_budget_never_picks_an_unmeasured_model():
    picker = LatencyPicker(statistic="max", min_samples=1)
    picker.record("m", 0.2)
    assert picker.pick(["fresh", "m"], budget=0.0) == "m"


def test_nothing_measured_keeps_preference_order():
    picker = LatencyPicker()
    assert picker.pick(["first", "second"], budget=5.0) == "first"


def test_window_forgets_old_samples():
    picker = LatencyPicker(statistic="max", window=3, min_samples=3)
    feed(picker, "m", [10.0, 0.3, 0.2, 0.1])
    assert picker.estimate("m") == 0.3
    assert picker.pick(["m", "other"], budget=0.5) == "m"
