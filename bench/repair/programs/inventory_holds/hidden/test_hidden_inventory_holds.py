import pytest

from inventory_holds import Inventory


def test_sell_out_through_commits():
    stock = Inventory({"lamp": 4})
    assert stock.reserve("a", "lamp", 3, now=0.0)
    stock.commit("a")
    assert stock.reserve("b", "lamp", 1, now=1.0)
    stock.commit("b")
    assert stock.on_hand("lamp") == 0
    assert stock.available("lamp") == 0
    assert not stock.reserve("c", "lamp", 1, now=2.0)


def test_commit_leaves_other_holds_and_skus_alone():
    stock = Inventory({"lamp": 10, "shade": 6})
    stock.reserve("a", "lamp", 2, now=0.0)
    stock.reserve("b", "lamp", 5, now=0.0)
    stock.reserve("c", "shade", 6, now=0.0)
    stock.commit("b")
    assert stock.on_hand("lamp") == 5
    assert stock.available("lamp") == 3
    assert stock.available("shade") == 0
    stock.release("a")
    assert stock.available("lamp") == 5
    stock.commit("c")
    assert stock.on_hand("shade") == 0
    assert stock.available("shade") == 0


def test_after_commit_the_rest_can_be_held():
    stock = Inventory({"mug": 8})
    stock.reserve("h1", "mug", 5, now=0.0)
    stock.commit("h1")
    assert stock.reserve("h2", "mug", 3, now=1.0)
    assert stock.available("mug") == 0


def test_committed_hold_does_not_expire_later():
    stock = Inventory({"mug": 5})
    stock.reserve("h1", "mug", 2, now=0.0, ttl=10.0)
    stock.commit("h1")
    assert stock.expire(now=100.0) == []
    assert stock.available("mug") == 3
    with pytest.raises(KeyError):
        stock.commit("h1")


def test_expired_hold_cannot_be_committed():
    stock = Inventory({"mug": 5})
    stock.reserve("h1", "mug", 2, now=0.0, ttl=10.0)
    assert stock.expire(now=10.0) == ["h1"]
    with pytest.raises(KeyError):
        stock.commit("h1")
    assert stock.on_hand("mug") == 5
    assert stock.available("mug") == 5


def test_restock_and_unknown_sku():
    stock = Inventory({})
    assert stock.available("cup") == 0
    assert not stock.reserve("h1", "cup", 1, now=0.0)
    stock.restock("cup", 3)
    assert stock.reserve("h1", "cup", 2, now=0.0)
    stock.commit("h1")
    stock.restock("cup", 4)
    assert stock.on_hand("cup") == 5
    assert stock.available("cup") == 5


def test_expire_order_and_zero_quantity():
    stock = Inventory({"mug": 9})
    assert not stock.reserve("z", "mug", 0, now=0.0)
    for hold_id in ["c", "a", "b"]:
        stock.reserve(hold_id, "mug", 1, now=0.0, ttl=5.0)
    assert stock.expire(now=5.0) == ["a", "b", "c"]
    assert stock.available("mug") == 9
