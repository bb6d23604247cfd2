import pytest

from model_select import NoModelFits, estimated_cost, select_model

CATALOG = [
    {"id": "mini", "context_window": 16_000, "max_output_tokens": 4_096,
     "pricing": {"input": 0.15, "output": 0.60}, "capabilities": ["tools"]},
    {"id": "standard", "context_window": 128_000, "max_output_tokens": 16_384,
     "pricing": {"input": 2.50, "output": 10.00}, "capabilities": ["tools", "vision"]},
    {"id": "long", "context_window": 1_000_000,
     "pricing": {"input": 1.25, "output": 5.00}, "capabilities": ["tools", "vision", "audio"]},
    {"id": "legacy", "context_window": 200_000, "deprecated": True,
     "pricing": {"input": 0.10, "output": 0.10}, "capabilities": ["tools", "vision"]},
]


def test_cost_estimate():
    assert estimated_cost(CATALOG[0], 1_000_000, 0) == pytest.approx(0.15)


def test_small_prompt_goes_to_cheapest():
    assert select_model(CATALOG, prompt_tokens=2_000) == "mini"


def test_prompt_too_big_for_small_models():
    assert select_model(CATALOG, prompt_tokens=300_000) == "long"


def test_vision_request():
    assert select_model(CATALOG, prompt_tokens=2_000, needs=["vision"]) == "long"


def test_tools_request_stays_cheap():
    assert select_model(CATALOG, prompt_tokens=2_000, needs=["tools"]) == "mini"


def test_nothing_fits():
    with pytest.raises(NoModelFits):
        select_model(CATALOG, prompt_tokens=2_000_000)
