import json

import pytest
from shop_agent.model import complete
from shop_agent.state import Cart, CartError
from shop_agent.tools import get_order_status, issue_refund, lookup_product, search_catalog


def test_cart_add_keeps_quantities_and_total() -> None:
    cart = Cart()
    cart.add(lookup_product("P300"), 2)
    cart.add(lookup_product("P101"))
    cart.add(lookup_product("P300"))
    assert cart.lines["P300"].quantity == 3
    assert cart.total_cents == 3 * 2999 + 3999


def test_cart_refuses_out_of_stock_and_unknown_lines() -> None:
    cart = Cart()
    with pytest.raises(CartError):
        cart.add(lookup_product("P202"))
    with pytest.raises(CartError):
        cart.remove("P100")


def test_cart_remove_drops_the_line() -> None:
    cart = Cart()
    cart.add(lookup_product("P100"))
    assert cart.remove("P100").name == "Aurora Wireless Headphones"
    assert cart.lines == {}


def test_order_status_of_a_shipped_order_has_tracking() -> None:
    status = get_order_status("A1001")
    assert status["status"] == "shipped"
    assert status["carrier"] == "UPS"


def test_search_catalog_sorts_by_price() -> None:
    names = [p["name"] for p in search_catalog("keyboard", sort="price")]
    assert names == [
        "Slim Office Keyboard", "Compact Travel Keyboard", "Typhoon Mechanical Keyboard"]


def test_refunds_are_idempotent() -> None:
    assert issue_refund("A1005", "damaged") == issue_refund("A1005", "damaged")


def test_model_asks_for_tools_in_openai_shape() -> None:
    prompt = 'You are the orders assistant.\nKnown context: {"order_ref": "A1001"}'
    system = {"role": "system", "content": prompt}
    message = complete([system, {"role": "user", "content": "Where is my order A1001?"}])
    (call,) = message["tool_calls"]
    assert call["function"]["name"] == "get_order_status"
    assert json.loads(call["function"]["arguments"]) == {"order_id": "A1001"}
