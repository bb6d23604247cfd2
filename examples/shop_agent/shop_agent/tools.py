"""Back-office tools the model may call. Each call is recorded by selfpatch."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

import selfpatch
from shop_agent.data import FAQ, ORDERS, PRODUCTS

REFUNDS: dict[str, dict[str, Any]] = {}
PLACED_ORDERS: dict[str, dict[str, Any]] = {}


def _words(text: str) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w
            for w in re.findall(r"[a-z0-9]+", text.lower())}


def _summary(product_id: str) -> dict[str, Any]:
    product = PRODUCTS[product_id]
    return {"id": product_id, "name": product["name"], "price_cents": product["price_cents"],
            "rating": product["rating"], "in_stock": product["stock"] > 0}


@selfpatch.tool
def lookup_product(product_id: str) -> dict[str, Any]:
    return _summary(product_id)


@selfpatch.tool
def search_catalog(query: str, sort: str = "relevance", limit: int = 3) -> list[dict[str, Any]]:
    wanted = _words(query)
    matches = [_summary(pid) for pid, product in PRODUCTS.items()
               if wanted <= _words(f"{product['name']} {product['category']}")]
    if sort == "price":
        matches = sorted(matches, key=lambda p: p["price_cents"])
    elif sort == "rating":
        matches = sorted(matches, key=lambda p: p["rating"])
    return matches[:limit]


@selfpatch.tool
def get_order_status(order_id: str) -> dict[str, Any]:
    order = ORDERS[order_id]
    status = {"order_id": order_id, "status": order["status"], "date": order["date"],
              "total_cents": order["total_cents"]}
    if order["status"] == "shipped":
        status.update(carrier=order["carrier"], tracking=order["tracking"])
    return status


@selfpatch.tool
def search_faq(query: str) -> dict[str, Any]:
    asked = _words(query)
    best = max(FAQ, key=lambda entry: len(asked & entry["keywords"]))
    if not asked & best["keywords"]:
        return {"answer": None}
    return {"answer": best["answer"]}


@selfpatch.tool
def issue_refund(order_id: str, reason: str) -> dict[str, Any]:
    """Refund a delivered order in full. Refunding the same order again returns the first refund."""
    if order_id not in REFUNDS:
        REFUNDS[order_id] = {"refund_id": f"RF-{order_id}", "order_id": order_id,
                             "amount_cents": ORDERS[order_id]["total_cents"], "reason": reason}
    return dict(REFUNDS[order_id])


@selfpatch.tool
def place_order(customer: str, items: list[dict[str, Any]], total_cents: int) -> dict[str, Any]:
    payload = json.dumps([customer, items, total_cents], sort_keys=True).encode()
    order_id = "S" + hashlib.sha1(payload).hexdigest()[:6].upper()
    PLACED_ORDERS[order_id] = {"customer": customer, "items": items, "total_cents": total_cents}
    return {"order_id": order_id, "total_cents": total_cents}


TOOLS: dict[str, Callable[..., Any]] = {
    "lookup_product": lookup_product,
    "search_catalog": search_catalog,
    "get_order_status": get_order_status,
    "search_faq": search_faq,
    "issue_refund": issue_refund,
}
