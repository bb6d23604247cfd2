import pytest

from model_by_context import ModelSpec, NoModelFits, Request, choose_model

SMALL_OUT = ModelSpec("small-out", 500_000, 4_000, 0.05, 0.20, supports_tools=True)
MID_OUT = ModelSpec("mid-out", 64_000, 32_000, 0.50, 1.50, supports_tools=True)
BIG_OUT = ModelSpec("big-out", 400_000, 128_000, 2.00, 8.00, supports_tools=False)


def test_output_cap_exactly_met_is_fine():
    assert choose_model([BIG_OUT, SMALL_OUT], Request(1_000, 4_000)).name == "small-out"


def test_output_cap_one_over_is_not():
    assert choose_model([BIG_OUT, SMALL_OUT], Request(1_000, 4_001)).name == "big-out"


def test_output_cap_with_tools():
    request = Request(10_000, 20_000, needs_tools=True)
    assert choose_model([SMALL_OUT, MID_OUT, BIG_OUT], request).name == "mid-out"


def test_no_model_has_the_output_room():
    with pytest.raises(NoModelFits):
        choose_model([SMALL_OUT, MID_OUT], Request(1_000, 40_000))


def test_output_room_and_context_both_required():
    with pytest.raises(NoModelFits):
        choose_model([MID_OUT], Request(40_000, 30_000))
    assert choose_model([MID_OUT], Request(30_000, 30_000)).name == "mid-out"


def test_tie_goes_to_larger_context():
    a = ModelSpec("a", 100_000, 8_000, 1.0, 2.0)
    b = ModelSpec("b", 300_000, 8_000, 1.0, 2.0)
    assert choose_model([a, b], Request(1_000, 1_000)).name == "b"
    assert choose_model([b, a], Request(1_000, 1_000)).name == "b"


def test_cost_ceiling_skips_expensive_models():
    request = Request(20_000, 10_000)
    assert choose_model([BIG_OUT, MID_OUT], request, max_cost_usd=0.05).name == "mid-out"


def test_cheap_model_still_preferred_when_it_fits():
    assert choose_model([MID_OUT, BIG_OUT, SMALL_OUT], Request(50_000, 3_000)).name == "small-out"
