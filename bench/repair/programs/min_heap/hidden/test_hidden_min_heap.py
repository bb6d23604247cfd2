import heapq
import random

from min_heap import MinHeap, heap_sort


def test_two_items():
    heap = MinHeap([2, 1])
    assert heap.pop() == 1
    assert heap.pop() == 2


def test_random_sorts():
    rng = random.Random(8)
    for size in range(0, 40):
        values = [rng.randint(-50, 50) for _ in range(size)]
        assert heap_sort(values) == sorted(values)


def test_interleaved_pushes_and_pops_match_heapq():
    rng = random.Random(21)
    heap, reference = MinHeap(), []
    for _ in range(500):
        if reference and rng.random() < 0.45:
            assert heap.pop() == heapq.heappop(reference)
        else:
            value = rng.randint(0, 30)
            heap.push(value)
            heapq.heappush(reference, value)
        assert len(heap) == len(reference)
        if reference:
            assert heap.peek() == reference[0]
