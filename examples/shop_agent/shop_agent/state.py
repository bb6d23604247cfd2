"""Per-conversation state: who is talking, where they were routed, their cart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class CartError(Exception):
    """A cart operation the customer asked for cannot be done; the model is told why."""


@dataclass
class CartLine:
    product_id: str
    name: str
    price_cents: int
    quantity: int

    @property
    def subtotal_cents(self) -> int:
        return self.price_cents * self.quantity


@dataclass
class Cart:
    lines: dict[str, CartLine] = field(default_factory=dict)
    total_cents: int = 0

    def add(self, product: dict[str, Any], quantity: int = 1) -> CartLine:
        if not product["in_stock"]:
            raise CartError(f"{product['name']} is out of stock")
        line = self.lines.get(product["id"])
        if line is None:
            line = CartLine(product["id"], product["name"], product["price_cents"], 0)
            self.lines[product["id"]] = line
        line.quantity += quantity
        self.total_cents = sum(entry.subtotal_cents for entry in self.lines.values())
        return line

    def remove(self, product_id: str) -> CartLine:
        if product_id not in self.lines:
            raise CartError(f"{product_id} is not in the cart")
        line = self.lines.pop(product_id)
        return line

    def clear(self) -> None:
        self.lines.clear()
        self.total_cents = 0

    def as_items(self) -> list[dict[str, Any]]:
        return [{"product_id": line.product_id, "quantity": line.quantity,
                 "price_cents": line.price_cents} for line in self.lines.values()]


@dataclass
class Session:
    customer: str
    department: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    cart: Cart = field(default_factory=Cart)
    messages: list[dict[str, Any]] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
