import json

from cart_tool_session import CartTools

CATALOG = {"MUG": 1250, "TEE": 1999, "CAP": 1500}


def test_partial_removal_keeps_line_and_totals_consistent():
    cart = CartTools(CATALOG)
    cart.add_item({"sku": "TEE", "quantity": 4})
    result = cart.remove_item('{"sku": "TEE", "quantity": 3}')
    assert result["lines"] == [{"sku": "TEE", "quantity": 1}]
    assert result["items"] == 1
    assert result["subtotal_cents"] == 1999


def test_removing_more_than_held_removes_all():
    cart = CartTools(CATALOG)
    cart.add_item({"sku": "CAP", "quantity": 2})
    cart.add_item({"sku": "MUG"})
    result = cart.dispatch("remove_item", {"sku": "CAP", "quantity": 10})
    assert result["items"] == 1
    assert result["subtotal_cents"] == 1250


def test_totals_match_lines_after_a_session():
    cart = CartTools(CATALOG)
    calls = [
        ("add_item", {"sku": "MUG", "quantity": 3}),
        ("add_item", '{"sku": "TEE", "quantity": 2}'),
        ("remove_item", {"sku": "MUG", "quantity": 1}),
        ("add_item", {"sku": "CAP"}),
        ("remove_item", '{"sku": "TEE"}'),
    ]
    for name, raw in calls:
        result = cart.dispatch(name, raw)
        assert result["ok"], result
    view = cart.view_cart()
    expected = sum(CATALOG[line["sku"]] * line["quantity"] for line in view["lines"])
    assert view["subtotal_cents"] == expected == 2 * 1250 + 1500
    assert view["items"] == 3
    json.dumps(view)


def test_remove_everything_empties_cart():
    cart = CartTools(CATALOG)
    cart.add_item({"sku": "MUG"})
    result = cart.remove_item({"sku": "MUG"})
    assert result == {"ok": True, "lines": [], "items": 0, "subtotal_cents": 0}


def test_remove_missing_sku_is_an_error():
    cart = CartTools(CATALOG)
    cart.add_item({"sku": "MUG"})
    result = cart.remove_item({"sku": "CAP"})
    assert result["ok"] is False
    assert cart.view_cart()["subtotal_cents"] == 1250


def test_zero_quantity_rejected():
    cart = CartTools(CATALOG)
    assert cart.add_item({"sku": "MUG", "quantity": 0})["ok"] is False
    cart.add_item({"sku": "MUG", "quantity": 2})
    assert cart.remove_item({"sku": "MUG", "quantity": 0})["ok"] is False
    assert cart.view_cart()["items"] == 2


def test_empty_json_string_arguments():
    cart = CartTools(CATALOG)
    assert cart.dispatch("view_cart", "")["ok"] is True
    assert cart.dispatch("add_item", "")["ok"] is False
