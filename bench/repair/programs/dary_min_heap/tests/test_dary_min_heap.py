import pytest

from dary_min_heap import DaryHeap, dary_sorted


def test_push_then_peek_tracks_minimum():
    heap = DaryHeap(3)
    for value, expected in [(5, 5), (8, 5), (2, 2), (9, 2), (1, 1)]:
        heap.push(value)
        assert heap.peek() == expected
    assert len(heap) == 5


def test_pops_come_out_sorted():
    heap = DaryHeap(3)
    for value in [7, 3, 9, 1, 4, 8, 2]:
        heap.push(value)
    assert [heap.pop() for _ in range(7)] == [1, 2, 3, 4, 7, 8, 9]


def test_heapify_constructor():
    assert dary_sorted([5, 1, 4, 2, 3], arity=4) == [1, 2, 3, 4, 5]


def test_empty_heap_errors():
    heap = DaryHeap()
    with pytest.raises(IndexError):
        heap.pop()
    with pytest.raises(IndexError):
        heap.peek()
    with pytest.raises(ValueError):
        DaryHeap(arity=1)
