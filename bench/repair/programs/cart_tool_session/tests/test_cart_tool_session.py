from cart_tool_session import CartTools

CATALOG = {"MUG": 1250, "TEE": 1999, "CAP": 1500}


def test_add_items_updates_totals():
    cart = CartTools(CATALOG)
    cart.add_item({"sku": "MUG", "quantity": 2})
    result = cart.add_item({"sku": "TEE"})
    assert result["ok"]
    assert result["items"] == 3
    assert result["subtotal_cents"] == 2 * 1250 + 1999


def test_arguments_as_json_string():
    cart = CartTools(CATALOG)
    result = cart.dispatch("add_item", '{"sku": "CAP", "quantity": 3}')
    assert result["lines"] == [{"sku": "CAP", "quantity": 3}]


def test_unknown_sku_is_reported_not_raised():
    cart = CartTools(CATALOG)
    result = cart.add_item({"sku": "HAT"})
    assert result["ok"] is False
    assert "HAT" in result["error"]


def test_remove_whole_line():
    cart = CartTools(CATALOG)
    cart.add_item({"sku": "MUG", "quantity": 2})
    cart.add_item({"sku": "CAP"})
    result = cart.remove_item({"sku": "MUG"})
    assert result["lines"] == [{"sku": "CAP", "quantity": 1}]
    assert result["items"] == 1
    assert result["subtotal_cents"] == 1500


def test_unknown_tool():
    assert CartTools(CATALOG).dispatch("checkout", {})["ok"] is False
