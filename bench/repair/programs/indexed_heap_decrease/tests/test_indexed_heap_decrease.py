import pytest

from indexed_heap_decrease import IndexedHeap


def drain(heap):
    out = []
    while len(heap):
        out.append(heap.pop())
    return out


def test_pops_in_priority_order():
    heap = IndexedHeap()
    for item, prio in [("a", 5), ("b", 3), ("c", 8), ("d", 1), ("e", 4), ("f", 7), ("g", 2)]:
        heap.push(item, prio)
    assert drain(heap) == [("d", 1), ("g", 2), ("b", 3), ("e", 4), ("a", 5), ("f", 7), ("c", 8)]


def test_decrease_key_moves_item_to_front():
    heap = IndexedHeap()
    heap.push("x", 10)
    heap.push("y", 20)
    heap.push("z", 30)
    heap.decrease_key("z", 5)
    assert heap.peek() == ("z", 5)
    assert heap.priority("z") == 5


def test_decrease_key_rejects_increase():
    heap = IndexedHeap()
    heap.push("x", 3)
    with pytest.raises(ValueError):
        heap.decrease_key("x", 4)


def test_membership_and_length():
    heap = IndexedHeap()
    heap.push("a", 1)
    heap.push("b", 2)
    assert "a" in heap and len(heap) == 2
    heap.pop()
    assert "a" not in heap and "b" in heap


def test_duplicate_push_and_empty_pop():
    heap = IndexedHeap()
    heap.push("a", 1)
    with pytest.raises(KeyError):
        heap.push("a", 2)
    heap.pop()
    with pytest.raises(IndexError):
        heap.pop()
