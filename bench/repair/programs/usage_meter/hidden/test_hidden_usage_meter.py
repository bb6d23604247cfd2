import pytest

from usage_meter import UsageMeter


def test_mixed_models():
    meter = UsageMeter()
    meter.record("small-1", 1_000_000, 1_000_000)
    meter.record("large-2", 0, 100_000)
    assert meter.by_model["small-1"].cost == pytest.approx(0.75)
    assert meter.by_model["large-2"].cost == pytest.approx(1.5)
    assert meter.total_cost() == pytest.approx(2.25)
    assert meter.total_tokens() == 2_100_000


def test_output_only():
    meter = UsageMeter()
    meter.record("small-1", 0, 2_000_000)
    assert meter.total_cost() == pytest.approx(1.2)
