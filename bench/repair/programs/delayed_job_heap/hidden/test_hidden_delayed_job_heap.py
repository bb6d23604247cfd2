import random

from delayed_job_heap import DelayedJobHeap


def test_random_sequences_pop_in_order():
    rng = random.Random(1234)
    for _ in range(200):
        heap = DelayedJobHeap()
        items = [(rng.randint(0, 20), i) for i in range(rng.randint(1, 40))]
        for t, i in items:
            heap.push(t, i)
        out = [heap.pop() for _ in items]
        assert out == sorted(items)  # ties broken by insertion order (i increases)
        assert len(heap) == 0


def test_interleaved_push_and_pop():
    rng = random.Random(99)
    heap = DelayedJobHeap()
    reference = []
    seq = 0
    for _ in range(500):
        if reference and rng.random() < 0.4:
            expected = min(reference)
            reference.remove(expected)
            assert heap.pop() == (expected[0], expected[1])
        else:
            t = rng.randint(0, 50)
            heap.push(t, seq)
            reference.append((t, seq))
            seq += 1


def test_pop_due_exact_boundary_and_order():
    heap = DelayedJobHeap()
    for t, name in [(7, "x"), (3, "y"), (7, "z"), (3, "w"), (9, "v")]:
        heap.push(t, name)
    assert heap.pop_due(now=2.99) == []
    assert heap.pop_due(now=3) == ["y", "w"]
    assert heap.pop_due(now=7) == ["x", "z"]
    assert heap.pop_due(now=100) == ["v"]
    assert len(heap) == 0


def test_uncomparable_payloads_are_fine():
    heap = DelayedJobHeap()
    heap.push(1, {"a": 1})
    heap.push(1, {"b": 2})
    heap.push(0, {"c": 3})
    assert heap.pop_due(now=1) == [{"c": 3}, {"a": 1}, {"b": 2}]
