"""Inventory holds for an ordering agent.

`reserve` puts units of a SKU on hold for a customer's checkout; holds
expire after `hold_seconds` unless committed. Tool results are plain
dicts; bad input from the model is reported back, never raised.
"""
import itertools
import time


class StockReservations:
    def __init__(self, stock, hold_seconds=900, clock=time.monotonic):
        self.stock = dict(stock)  # sku -> units on the shelf
        self.hold_seconds = hold_seconds
        self.clock = clock
        self.holds = {}  # hold id -> (sku, quantity, expires_at)
        self._ids = itertools.count(1)

    def _expire(self):
        now = self.clock()
        for hold_id in [h for h, (_, _, exp) in self.holds.items() if exp <= now]:
            del self.holds[hold_id]

    def available(self, sku):
        self._expire()
        held = sum(q for s, q, _ in self.holds.values() if s == sku)
        return self.stock.get(sku, 0) - held

    def reserve(self, args):
        try:
            sku = args["sku"]
            quantity = int(args["quantity"])
        except (KeyError, TypeError) as exc:
            return {"ok": False, "error": f"bad arguments: {exc!r}"}
        if sku not in self.stock:
            return {"ok": False, "error": f"unknown sku {sku!r}"}
        if quantity <= 0:
            return {"ok": False, "error": "quantity must be positive"}
        free = self.available(sku)
        if quantity > free:
            return {"ok": False, "error": f"only {free} left", "available": free}
        hold_id = f"H{next(self._ids)}"
        self.holds[hold_id] = (sku, quantity, self.clock() + self.hold_seconds)
        return {"ok": True, "hold_id": hold_id, "available": free - quantity}

    def release(self, args):
        self._expire()
        hold = self.holds.pop(args.get("hold_id"), None)
        return {"ok": hold is not None}

    def commit(self, args):
        """Turn a hold into a sale: the units leave the shelf for good."""
        self._expire()
        hold = self.holds.pop(args.get("hold_id"), None)
        if hold is None:
            return {"ok": False, "error": "hold expired or unknown"}
        sku, quantity, _ = hold
        self.stock[sku] -= quantity
        return {"ok": True, "sku": sku, "quantity": quantity}
