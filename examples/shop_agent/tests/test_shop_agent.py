from shop_agent.agent import handle


def test_order_status_conversation() -> None:
    output = handle({"customer": "c2", "message": "Has order A1002 shipped yet?"})
    assert output["department"] == "orders"
    assert output["actions"] == ["get_order_status:A1002"]
    assert "being prepared" in output["reply"]


def test_cart_conversation_keeps_a_running_total() -> None:
    turns = ["Add 2 Glide Wireless Mouse to my cart", "Add the Breeze Earbuds to my cart",
             "Show my cart"]
    output = handle({"customer": "c6", "messages": turns})
    assert output["cart_total"] == 99.97
    assert output["reply"] == (
        "Your cart: 2 x Glide Wireless Mouse, 1 x Breeze Earbuds. Total: $99.97.")


def test_cart_errors_are_reported_to_the_customer() -> None:
    output = handle({"customer": "c5", "message": "Remove the Basic Mouse from my cart"})
    assert output["reply"] == "That item isn't in your cart, so there was nothing to remove."
