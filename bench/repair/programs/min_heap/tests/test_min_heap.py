import pytest

from min_heap import MinHeap, heap_sort


def test_peek_sees_the_minimum():
    heap = MinHeap([5, 3, 8, 1])
    assert heap.peek() == 1
    assert len(heap) == 4


def test_empty_heap_errors():
    heap = MinHeap()
    with pytest.raises(IndexError):
        heap.peek()
    with pytest.raises(IndexError):
        heap.pop()


def test_single_item_round_trip():
    heap = MinHeap()
    heap.push(42)
    assert heap.pop() == 42
    assert len(heap) == 0


def test_pops_come_out_in_order():
    heap = MinHeap([4, 1, 3])
    assert [heap.pop(), heap.pop(), heap.pop()] == [1, 3, 4]


def test_heap_sort():
    assert heap_sort([9, 2, 7, 2, 5]) == [2, 2, 5, 7, 9]
