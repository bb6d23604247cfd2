import pytest

from overwrite_ring import Ring


def test_keeps_items_in_order_below_capacity():
    ring = Ring(4)
    ring.extend(["a", "b", "c"])
    assert list(ring) == ["a", "b", "c"]
    assert len(ring) == 3
    assert not ring.full()


def test_overwrites_oldest_when_full():
    ring = Ring(3)
    ring.extend([1, 2, 3, 4, 5])
    assert list(ring) == [3, 4, 5]
    assert ring.dropped == 2
    assert ring.full()


def test_popleft_returns_oldest():
    ring = Ring(3)
    ring.extend([1, 2, 3, 4])
    assert ring.popleft() == 2
    assert list(ring) == [3, 4]
    ring.extend([5, 6])
    assert list(ring) == [4, 5, 6]


def test_indexing_from_both_ends():
    ring = Ring(4)
    ring.extend(["a", "b", "c"])
    assert ring[0] == "a"
    assert ring[2] == "c"
    assert ring[-1] == "c"
    with pytest.raises(IndexError):
        ring[3]


def test_latest():
    ring = Ring(5)
    ring.extend(range(8))
    assert ring.latest(2) == [6, 7]
    assert ring.latest(10) == [3, 4, 5, 6, 7]
    assert ring.latest(0) == []


def test_popleft_on_empty_ring():
    with pytest.raises(IndexError):
        Ring(2).popleft()
