import pytest

from usage_meter import UsageMeter


def test_token_counts_accumulate():
    meter = UsageMeter()
    meter.record("small-1", 1000, 200)
    meter.record("small-1", 500, 100)
    usage = meter.by_model["small-1"]
    assert (usage.input_tokens, usage.output_tokens) == (1500, 300)


def test_unknown_model():
    with pytest.raises(KeyError):
        UsageMeter().record("mystery", 1, 1)


def test_prompt_only_cost():
    meter = UsageMeter()
    meter.record("large-2", 1_000_000, 0)
    assert meter.total_cost() == pytest.approx(3.00)


def test_cost_of_a_long_answer():
    meter = UsageMeter()
    meter.record("large-2", 2_000, 10_000)
    assert meter.total_cost() == pytest.approx(0.156)
