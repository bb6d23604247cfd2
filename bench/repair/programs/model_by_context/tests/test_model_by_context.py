import pytest

from model_by_context import ModelSpec, NoModelFits, Request, choose_model, estimated_cost

MINI = ModelSpec("mini", 128_000, 16_384, 0.15, 0.60, supports_tools=True)
FLASH = ModelSpec("flash", 1_000_000, 8_192, 0.10, 0.40, supports_tools=False)
LARGE = ModelSpec("large", 200_000, 64_000, 3.00, 15.00, supports_tools=True)
CATALOG = [LARGE, MINI, FLASH]


def test_cost_estimate():
    assert estimated_cost(MINI, Request(1_000_000, 0)) == pytest.approx(0.15)
    assert estimated_cost(LARGE, Request(10_000, 2_000)) == pytest.approx(0.06)


def test_cheapest_model_wins():
    assert choose_model(CATALOG, Request(2_000, 500)).name == "flash"


def test_tools_need_a_tool_capable_model():
    assert choose_model(CATALOG, Request(2_000, 500, needs_tools=True)).name == "mini"


def test_long_prompt_goes_to_large_context():
    assert choose_model([LARGE, MINI], Request(150_000, 1_000)).name == "large"


def test_long_answer_needs_enough_output_room():
    assert choose_model(CATALOG, Request(3_000, 12_000)).name == "mini"


def test_nothing_fits():
    with pytest.raises(NoModelFits):
        choose_model([MINI], Request(127_000, 2_000))


def test_cost_ceiling():
    with pytest.raises(NoModelFits):
        choose_model([LARGE], Request(100_000, 10_000), max_cost_usd=0.10)
