from cheapest_capable_model import ModelSpec, Request, estimated_cost, pick_model, ranked

MODELS = [
    ModelSpec("mini", 16_000, 0.15, 0.60, frozenset({"tools"})),
    ModelSpec("vision-pro", 128_000, 2.50, 10.00, frozenset({"tools", "vision"})),
    ModelSpec("long-reader", 200_000, 1.00, 4.00, frozenset({"tools"})),
]


def test_cost_estimate():
    assert estimated_cost(MODELS[0], Request(1_000_000, 0)) == 0.15
    assert estimated_cost(MODELS[1], Request(2_000, 1_000)) == 0.015


def test_cheapest_for_small_request():
    assert pick_model(MODELS, Request(2_000, 500)).name == "mini"


def test_capability_requirement():
    assert pick_model(MODELS, Request(2_000, 500, frozenset({"vision"}))).name == "vision-pro"


def test_request_that_fills_window_exactly():
    assert pick_model(MODELS, Request(15_000, 1_000)).name == "mini"


def test_nothing_qualifies():
    assert pick_model(MODELS, Request(150_000, 1_000, frozenset({"vision"}))) is None


def test_ranked_orders_by_cost():
    assert [m.name for m in ranked(MODELS, Request(20_000, 1_000))] == ["long-reader", "vision-pro"]
