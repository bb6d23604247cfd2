"""Shopping-cart tools for a sales agent.

The model calls these with arguments either as a dict or as the raw JSON
string from its tool call. Every tool returns a JSON-serialisable dict;
failures come back as {"ok": False, "error": ...} instead of raising so
the model can read them and try again.
"""
import json


class CartTools:
    def __init__(self, catalog):
        self.catalog = dict(catalog)  # sku -> unit price in cents
        self.lines = {}  # sku -> quantity
        self.item_count = 0
        self.subtotal = 0

    @staticmethod
    def _args(raw):
        return json.loads(raw or "{}") if isinstance(raw, str) else dict(raw or {})

    @staticmethod
    def _error(message):
        return {"ok": False, "error": message}

    def add_item(self, raw):
        args = self._args(raw)
        sku, quantity = args.get("sku"), int(args.get("quantity", 1))
        if sku not in self.catalog:
            return self._error(f"unknown sku {sku!r}")
        if quantity <= 0:
            return self._error("quantity must be at least 1")
        self.lines[sku] = self.lines.get(sku, 0) + quantity
        self.item_count += quantity
        self.subtotal += quantity * self.catalog[sku]
        return self.view_cart()

    def remove_item(self, raw):
        """Remove `quantity` units of a sku, or all of them when no quantity is given."""
        args = self._args(raw)
        sku = args.get("sku")
        held = self.lines.get(sku, 0)
        if not held:
            return self._error(f"{sku!r} is not in the cart")
        quantity = min(int(args.get("quantity", held)), held)
        if quantity <= 0:
            return self._error("quantity must be at least 1")
        self.lines[sku] = held - quantity
        if not self.lines[sku]:
            del self.lines[sku]
        self.item_count -= quantity
        return self.view_cart()

    def view_cart(self, raw=None):
        return {
            "ok": True,
            "lines": [{"sku": s, "quantity": q} for s, q in sorted(self.lines.items())],
            "items": self.item_count,
            "subtotal_cents": self.subtotal,
        }

    def dispatch(self, name, raw):
        tool = {"add_item": self.add_item, "remove_item": self.remove_item,
                "view_cart": self.view_cart}.get(name)
        if tool is None:
            return self._error(f"no tool named {name!r}")
        return tool(raw)
