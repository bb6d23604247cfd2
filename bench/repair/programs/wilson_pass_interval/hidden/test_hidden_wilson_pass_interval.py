import math

import pytest

from wilson_pass_interval import intervals_overlap, summarize, wilson_interval, z_for_confidence


def reference(passed, total, z):
    p = passed / total
    denom = 1 + z * z / total
    center = (p + z * z / (2 * total)) / denom
    margin = z / denom * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, center - margin), min(1.0, center + margin)


@pytest.mark.parametrize("passed,total", [(0, 5), (1, 1), (3, 7), (17, 40), (99, 100), (250, 500)])
@pytest.mark.parametrize("confidence", [0.8, 0.9, 0.95, 0.99])
def test_matches_reference_formula(passed, total, confidence):
    z = z_for_confidence(confidence)
    low, high = wilson_interval(passed, total, confidence)
    ref_low, ref_high = reference(passed, total, z)
    assert low == pytest.approx(ref_low, abs=1e-12)
    assert high == pytest.approx(ref_high, abs=1e-12)


def test_zero_passes_has_positive_upper_bound():
    low, high = wilson_interval(0, 10)
    assert low == pytest.approx(0.0, abs=1e-12)
    assert high == pytest.approx(0.2775, abs=1e-4)


def test_all_passed_is_symmetric_to_none_passed():
    low0, high0 = wilson_interval(0, 12, 0.9)
    low1, high1 = wilson_interval(12, 12, 0.9)
    assert low1 == pytest.approx(1 - high0, abs=1e-12)
    assert high1 == pytest.approx(1 - low0, abs=1e-12)


def test_single_success():
    low, high = wilson_interval(1, 1)
    assert low == pytest.approx(0.2065, abs=1e-4)
    assert high == pytest.approx(1.0)


def test_summarize_rounds_bounds():
    summary = summarize([True] * 45 + [False] * 5)
    assert summary == {"passed": 45, "total": 50, "rate": 0.9, "low": 0.7864, "high": 0.9565}


def test_higher_confidence_is_wider():
    narrow = wilson_interval(30, 60, 0.8)
    wide = wilson_interval(30, 60, 0.99)
    assert wide[0] < narrow[0] and wide[1] > narrow[1]


def test_bad_confidence():
    with pytest.raises(ValueError):
        z_for_confidence(1.0)
    with pytest.raises(ValueError):
        wilson_interval(-1, 10)


def test_touching_intervals_overlap():
    assert intervals_overlap((0.2, 0.4), (0.4, 0.6))
    assert not intervals_overlap((0.5, 0.6), (0.1, 0.49))
