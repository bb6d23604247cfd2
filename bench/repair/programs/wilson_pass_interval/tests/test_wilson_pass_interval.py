import pytest

from wilson_pass_interval import intervals_overlap, summarize, wilson_interval, z_for_confidence


def test_z_for_95_percent():
    assert z_for_confidence(0.95) == pytest.approx(1.959964, abs=1e-6)


def test_known_interval_eight_of_ten():
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-4)
    assert high == pytest.approx(0.9433, abs=1e-4)


def test_bounds_stay_inside_unit_interval():
    for passed in range(0, 21):
        low, high = wilson_interval(passed, 20)
        assert 0.0 <= low <= passed / 20 + 1e-9
        assert passed / 20 - 1e-9 <= high <= 1.0


def test_rejects_bad_counts():
    with pytest.raises(ValueError):
        wilson_interval(3, 0)
    with pytest.raises(ValueError):
        wilson_interval(11, 10)


def test_summarize_counts():
    summary = summarize([True, True, False, True])
    assert summary["passed"] == 3
    assert summary["total"] == 4
    assert summary["rate"] == 0.75


def test_overlap():
    assert intervals_overlap((0.1, 0.5), (0.4, 0.9))
    assert not intervals_overlap((0.1, 0.3), (0.4, 0.9))
