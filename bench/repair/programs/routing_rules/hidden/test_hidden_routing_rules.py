from routing_rules import BILLING, GENERAL, SALES, TRACKING, route


def test_tracking_variants():
    assert route("please track order 55") == TRACKING
    assert route("Tracking info for my order?") == TRACKING


def test_refund_beats_tracking():
    assert route("where is my order refund") == BILLING


def test_sales_and_billing():
    assert route("I'd like to buy a plan") == SALES
    assert route("receipt please") == BILLING
    assert route("what's the weather") == GENERAL
    assert route("I want to purchase and track later") == SALES
