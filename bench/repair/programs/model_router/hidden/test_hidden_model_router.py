from model_router import Model, Request, can_serve, fallback_order, route

A = Model("a", 4_000, 0.2)
B = Model("b", 16_000, 0.2, frozenset({"json"}))
C = Model("c", 64_000, 1.0, frozenset({"json", "tools"}))
D = Model("d", 128_000, 4.0, frozenset({"json", "tools", "vision"}))


def test_full_fallback_order():
    assert fallback_order([D, C, B, A], Request(1_000, 1_000), []) == [B, A, C, D]


def test_fallback_when_everything_failed():
    assert fallback_order([A, B], Request(10, 10), ["a", "b"]) == []


def test_route_with_exclusions_and_empty_list():
    assert route([A, B, C], Request(10, 10), {"a", "b"}) == C
    assert route([], Request(10, 10)) is None
    assert route([A, B], Request(10, 10, {"tools"})) is None


def test_exact_fit_is_allowed():
    assert can_serve(A, Request(3_000, 1_000))
    assert not can_serve(A, Request(3_001, 1_000))
