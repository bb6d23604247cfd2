from routing_rules import BILLING, GENERAL, SALES, TRACKING, route, route_all


def test_refund_goes_to_billing():
    assert route("I want a refund for my order") == BILLING


def test_new_purchase_goes_to_sales():
    assert route("Can I order two more licenses?") == SALES


def test_where_is_my_order():
    assert route("Where is my order #1182? It has been a week") == TRACKING


def test_small_talk():
    assert route("hello there") == GENERAL


def test_route_all_groups():
    routed = route_all(["send me the invoice", "hi"])
    assert routed == {BILLING: ["send me the invoice"], GENERAL: ["hi"]}
