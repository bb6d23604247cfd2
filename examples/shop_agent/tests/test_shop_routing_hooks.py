from shop_agent.hooks import (
    capture_order_ref,
    normalize_order_refs,
    redact_card_numbers,
    tidy_reply,
)
from shop_agent.routing import route
from shop_agent.state import Session


def test_route_picks_the_department_with_most_keywords() -> None:
    assert route("Where is my package? It is late") == "orders"
    assert route("I want my money back, the lamp is broken") == "refunds"
    assert route("Please add the mouse to my cart") == "sales"


def test_normalize_order_refs_rewrites_loose_spellings() -> None:
    assert normalize_order_refs(Session("c1"), "order a-1002 and #a1003") == "order A1002 and A1003"


def test_capture_order_ref_remembers_the_order() -> None:
    session = Session("c1")
    assert capture_order_ref(session, "is A1003 on its way?") == "is A1003 on its way?"
    assert session.context["order_ref"] == "A1003"


def test_card_numbers_are_redacted_before_the_model_sees_them() -> None:
    text = redact_card_numbers(Session("c1"), "charge 4111 1111 1111 1111 again")
    assert "4111" not in text
    assert "[card removed]" in text


def test_tidy_reply_collapses_whitespace() -> None:
    assert tidy_reply(Session("c1"), "Hello  there\n friend ") == "Hello there friend"
