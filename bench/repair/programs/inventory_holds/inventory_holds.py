"""Stock held for shoppers in checkout: a hold is either sold, released, or left to expire."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Hold:
    sku: str
    quantity: int
    expires_at: float


class Inventory:
    def __init__(self, stock: dict[str, int]) -> None:
        self._on_hand = dict(stock)
        self._held: dict[str, int] = {sku: 0 for sku in stock}
        self._holds: dict[str, Hold] = {}

    def on_hand(self, sku: str) -> int:
        """Units physically in the warehouse, held or not."""
        return self._on_hand.get(sku, 0)

    def available(self, sku: str) -> int:
        """Units a new shopper can still put on hold."""
        return self.on_hand(sku) - self._held.get(sku, 0)

    def reserve(self, hold_id: str, sku: str, quantity: int, now: float, ttl: float = 900.0) -> bool:
        if hold_id in self._holds:
            raise ValueError(f"hold {hold_id!r} already exists")
        if quantity <= 0 or quantity > self.available(sku):
            return False
        self._holds[hold_id] = Hold(sku, quantity, now + ttl)
        self._held[sku] = self._held.get(sku, 0) + quantity
        return True

    def release(self, hold_id: str) -> None:
        """Checkout abandoned: the units go back on sale."""
        hold = self._holds.pop(hold_id)
        self._held[hold.sku] -= hold.quantity

    def commit(self, hold_id: str) -> None:
        """Payment taken: the held units leave the warehouse."""
        hold = self._holds.pop(hold_id)
        self._on_hand[hold.sku] -= hold.quantity

    def expire(self, now: float) -> list[str]:
        """Release every hold whose time is up; returns their ids, sorted."""
        expired = sorted(hold_id for hold_id, hold in self._holds.items() if hold.expires_at <= now)
        for hold_id in expired:
            self.release(hold_id)
        return expired

    def restock(self, sku: str, quantity: int) -> None:
        self._on_hand[sku] = self._on_hand.get(sku, 0) + quantity
        self._held.setdefault(sku, 0)
