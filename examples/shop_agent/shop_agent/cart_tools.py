"""Tools that act on the conversation's cart. They run inside the harness, next to the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shop_agent.state import CartError, Session
from shop_agent.tools import lookup_product, place_order


def add_to_cart(session: Session, product_id: str, quantity: int = 1) -> dict[str, Any]:
    line = session.cart.add(lookup_product(product_id), quantity)
    return {"name": line.name, "quantity": line.quantity,
            "cart_total_cents": session.cart.total_cents}


def remove_from_cart(session: Session, product_id: str) -> dict[str, Any]:
    line = session.cart.remove(product_id)
    return {"removed": line.name, "cart_total_cents": session.cart.total_cents}


def view_cart(session: Session) -> dict[str, Any]:
    lines = [{"name": line.name, "quantity": line.quantity}
             for line in session.cart.lines.values()]
    return {"lines": lines, "total_cents": session.cart.total_cents}


def checkout(session: Session) -> dict[str, Any]:
    if not session.cart.lines:
        raise CartError("your cart is empty")
    order = place_order(customer=session.customer, items=session.cart.as_items(),
                        total_cents=session.cart.total_cents)
    session.cart.clear()
    return order


CART_TOOLS: dict[str, Callable[..., dict[str, Any]]] = {
    "add_to_cart": add_to_cart,
    "remove_from_cart": remove_from_cart,
    "view_cart": view_cart,
    "checkout": checkout,
}
