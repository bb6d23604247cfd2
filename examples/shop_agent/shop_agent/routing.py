"""Pick the department that handles a new conversation, from the customer's first message."""

from __future__ import annotations

import re

DEFAULT_DEPARTMENT = "general"

ROUTES: list[tuple[str, frozenset[str]]] = [
    ("orders", frozenset({"track", "tracking", "where", "status", "shipped", "delivery",
                          "arrive", "late", "package", "parcel"})),
    ("refunds", frozenset({"refund", "refunded", "return", "returns", "money", "broken",
                           "damaged", "faulty"})),
    ("sales", frozenset({"buy", "add", "cart", "remove", "checkout", "price", "stock",
                         "cheapest", "best", "rated", "recommend"})),
]


def route(message: str) -> str:
    """The department whose keywords the message mentions most."""
    words = set(re.findall(r"[a-z]+", message.lower()))
    best, best_hits = DEFAULT_DEPARTMENT, 0
    for department, keywords in ROUTES:
        hits = len(words & keywords)
        if hits >= best_hits:
            best, best_hits = department, hits
    return best
