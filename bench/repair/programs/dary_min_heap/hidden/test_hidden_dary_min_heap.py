import random

from dary_min_heap import DaryHeap, dary_sorted


def test_random_sorts_for_many_arities():
    rng = random.Random(31)
    for arity in range(2, 8):
        for _ in range(60):
            xs = [rng.randint(-40, 40) for _ in range(rng.randint(0, 50))]
            assert dary_sorted(xs, arity) == sorted(xs)


def test_binary_heap_interleaved_push_pop():
    rng = random.Random(5)
    heap = DaryHeap(2)
    shadow = []
    for _ in range(400):
        if shadow and rng.random() < 0.45:
            shadow.sort()
            assert heap.pop() == shadow.pop(0)
        else:
            value = rng.randint(0, 100)
            heap.push(value)
            shadow.append(value)
        assert len(heap) == len(shadow)
        if shadow:
            assert heap.peek() == min(shadow)


def test_smallest_is_last_child_of_root():
    heap = DaryHeap(4, [0, 9, 8, 7, 1])
    assert heap.pop() == 0
    assert heap.pop() == 1
    assert [heap.pop() for _ in range(3)] == [7, 8, 9]


def test_tuples_with_priorities():
    heap = DaryHeap(5)
    for job in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z"), (4, "d")]:
        heap.push(job)
    assert [heap.pop()[1] for _ in range(6)] == ["z", "a", "a2", "b", "c", "d"]


def test_heap_invariant_after_construction():
    rng = random.Random(11)
    for arity in (2, 3, 6):
        xs = [rng.randint(0, 30) for _ in range(45)]
        heap = DaryHeap(arity, xs)
        for i in range(1, len(heap.data)):
            assert heap.data[(i - 1) // arity] <= heap.data[i]
