import pytest

from inventory_holds import Inventory


def test_reserve_reduces_availability():
    stock = Inventory({"mug": 10})
    assert stock.reserve("h1", "mug", 3, now=0.0)
    assert stock.available("mug") == 7
    assert stock.on_hand("mug") == 10


def test_cannot_hold_more_than_available():
    stock = Inventory({"mug": 2})
    assert not stock.reserve("h1", "mug", 3, now=0.0)
    assert stock.available("mug") == 2


def test_release_puts_units_back():
    stock = Inventory({"mug": 5})
    stock.reserve("h1", "mug", 4, now=0.0)
    stock.release("h1")
    assert stock.available("mug") == 5


def test_commit_sells_the_held_units():
    stock = Inventory({"mug": 10})
    stock.reserve("h1", "mug", 3, now=0.0)
    stock.commit("h1")
    assert stock.on_hand("mug") == 7
    assert stock.available("mug") == 7


def test_holds_expire():
    stock = Inventory({"mug": 5})
    stock.reserve("h1", "mug", 2, now=0.0, ttl=60.0)
    stock.reserve("h2", "mug", 1, now=30.0, ttl=60.0)
    assert stock.expire(now=70.0) == ["h1"]
    assert stock.available("mug") == 4


def test_duplicate_hold_id_rejected():
    stock = Inventory({"mug": 5})
    stock.reserve("h1", "mug", 1, now=0.0)
    with pytest.raises(ValueError):
        stock.reserve("h1", "mug", 1, now=0.0)
