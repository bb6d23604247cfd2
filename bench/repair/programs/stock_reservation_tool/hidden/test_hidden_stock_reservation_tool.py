from stock_reservation_tool import StockReservations


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_fractional_quantity_string_is_reported():
    store = StockReservations({"RUG": 4})
    result = store.reserve({"sku": "RUG", "quantity": "1.5"})
    assert result["ok"] is False
    assert result["error"].startswith("bad arguments")
    assert store.available("RUG") == 4


def test_empty_quantity_string_is_reported():
    store = StockReservations({"RUG": 4})
    assert store.reserve({"sku": "RUG", "quantity": ""})["ok"] is False


def test_none_quantity_and_non_dict_arguments_are_reported():
    store = StockReservations({"RUG": 4})
    assert store.reserve({"sku": "RUG", "quantity": None})["ok"] is False
    assert store.reserve(None)["ok"] is False


def test_numeric_string_quantity_is_accepted():
    store = StockReservations({"RUG": 4})
    assert store.reserve({"sku": "RUG", "quantity": "3"}) == {"ok": True, "hold_id": "H1", "available": 1}


def test_unknown_sku_and_zero_quantity():
    store = StockReservations({"RUG": 4})
    assert "unknown sku" in store.reserve({"sku": "VASE", "quantity": 1})["error"]
    assert store.reserve({"sku": "RUG", "quantity": 0})["ok"] is False
    assert store.holds == {}


def test_release_frees_units_and_is_idempotent():
    store = StockReservations({"RUG": 2})
    hold = store.reserve({"sku": "RUG", "quantity": 2})["hold_id"]
    assert store.release({"hold_id": hold}) == {"ok": True}
    assert store.release({"hold_id": hold}) == {"ok": False}
    assert store.available("RUG") == 2


def test_expired_hold_cannot_be_committed():
    clock = FakeClock()
    store = StockReservations({"RUG": 2}, hold_seconds=30, clock=clock)
    hold = store.reserve({"sku": "RUG", "quantity": 1})["hold_id"]
    clock.now = 29.9
    assert store.available("RUG") == 1
    clock.now = 30
    assert store.commit({"hold_id": hold})["ok"] is False
    assert store.stock["RUG"] == 2


def test_holds_get_distinct_ids():
    store = StockReservations({"RUG": 5})
    ids = [store.reserve({"sku": "RUG", "quantity": 1})["hold_id"] for _ in range(3)]
    assert ids == ["H1", "H2", "H3"]
    assert store.reserve({"sku": "RUG", "quantity": 3})["available"] == 2
