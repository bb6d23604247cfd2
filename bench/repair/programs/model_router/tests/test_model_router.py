from model_router import Model, Request, fallback_order, route

SMALL = Model("small", 8_000, 0.1)
MEDIUM = Model("medium", 32_000, 0.5, frozenset({"tools"}))
LARGE = Model("large", 200_000, 3.0, frozenset({"tools", "vision"}))
MODELS = [LARGE, SMALL, MEDIUM]


def test_cheapest_model_wins():
    assert route(MODELS, Request(1_000, 500)) == SMALL


def test_context_window_must_fit_output_too():
    assert route(MODELS, Request(7_000, 2_000)) == MEDIUM


def test_required_features():
    assert route(MODELS, Request(100, 100, {"vision"})) == LARGE


def test_no_capable_model():
    assert route(MODELS, Request(500_000, 1_000)) is None


def test_fallback_after_failure():
    assert fallback_order(MODELS, Request(1_000, 1_000, {"tools"}), ["medium"]) == [LARGE]


def test_tie_prefers_larger_window():
    twin = Model("small-long", 16_000, 0.1)
    assert route([SMALL, twin], Request(10, 10)) == twin
