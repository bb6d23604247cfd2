import random

import pytest

from delayed_job_heap import DelayedJobHeap


def test_pop_returns_earliest_job():
    heap = DelayedJobHeap()
    heap.push(30, "c")
    heap.push(10, "a")
    heap.push(20, "b")
    assert heap.next_run_at() == 10
    assert heap.pop() == (10, "a")
    assert len(heap) == 2


def test_pop_all_comes_out_sorted():
    for seed in range(5):
        times = list(range(30))
        random.Random(seed).shuffle(times)
        heap = DelayedJobHeap()
        for t in times:
            heap.push(t, f"job{t}")
        assert [heap.pop()[0] for _ in times] == sorted(times)


def test_equal_times_keep_insertion_order():
    heap = DelayedJobHeap()
    for name in ["first", "second", "third"]:
        heap.push(100, name)
    assert [heap.pop()[1] for _ in range(3)] == ["first", "second", "third"]


def test_pop_due_takes_only_jobs_whose_time_has_come():
    heap = DelayedJobHeap()
    heap.push(10, "a")
    heap.push(20, "b")
    heap.push(30, "c")
    assert heap.pop_due(now=5) == []
    assert heap.pop_due(now=20) == ["a", "b"]
    assert heap.next_run_at() == 30


def test_pop_empty_raises():
    heap = DelayedJobHeap()
    assert heap.next_run_at() is None
    with pytest.raises(IndexError):
        heap.pop()
