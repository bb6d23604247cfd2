from stock_reservation_tool import StockReservations


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_reserve_reduces_availability():
    store = StockReservations({"LAMP": 5})
    result = store.reserve({"sku": "LAMP", "quantity": 2})
    assert result == {"ok": True, "hold_id": "H1", "available": 3}
    assert store.available("LAMP") == 3


def test_cannot_reserve_more_than_available():
    store = StockReservations({"LAMP": 2})
    result = store.reserve({"sku": "LAMP", "quantity": 3})
    assert result["ok"] is False
    assert result["available"] == 2


def test_missing_argument_is_reported():
    store = StockReservations({"LAMP": 2})
    result = store.reserve({"sku": "LAMP"})
    assert result["ok"] is False
    assert "bad arguments" in result["error"]


def test_non_numeric_quantity_is_reported():
    store = StockReservations({"LAMP": 2})
    result = store.reserve({"sku": "LAMP", "quantity": "two"})
    assert result["ok"] is False
    assert "bad arguments" in result["error"]


def test_hold_expires():
    clock = FakeClock()
    store = StockReservations({"DESK": 1}, hold_seconds=60, clock=clock)
    assert store.reserve({"sku": "DESK", "quantity": 1})["ok"]
    assert store.available("DESK") == 0
    clock.now += 60
    assert store.available("DESK") == 1


def test_commit_removes_stock():
    store = StockReservations({"DESK": 3})
    hold = store.reserve({"sku": "DESK", "quantity": 2})["hold_id"]
    assert store.commit({"hold_id": hold}) == {"ok": True, "sku": "DESK", "quantity": 2}
    assert store.stock["DESK"] == 1
    assert store.available("DESK") == 1
