import heapq
import random

import pytest

from indexed_min_pq import IndexedMinPQ


def test_random_operations_against_a_dict_model():
    rng = random.Random(99)
    for _ in range(60):
        pq = IndexedMinPQ()
        model = {}
        for _ in range(120):
            op = rng.random()
            key = f"k{rng.randint(0, 12)}"
            if op < 0.35:
                if key in model:
                    with pytest.raises(KeyError):
                        pq.push(key, 0)
                else:
                    model[key] = rng.randint(-20, 20)
                    pq.push(key, model[key])
            elif op < 0.6 and key in model:
                model[key] = rng.randint(-20, 20)
                pq.update(key, model[key])
            elif op < 0.7 and key in model:
                pq.remove(key)
                del model[key]
            elif op < 0.9 and model:
                expected = min((p, k) for k, p in model.items())
                assert pq.pop() == (expected[1], expected[0])
                del model[expected[1]]
            for name in (f"k{i}" for i in range(13)):
                assert (name in pq) == (name in model)
            assert len(pq) == len(model)
        got = [pq.pop() for _ in range(len(pq))]
        assert got == [(k, p) for p, k in sorted((p, k) for k, p in model.items())]


def test_pushing_again_after_pop():
    pq = IndexedMinPQ()
    pq.push("x", 1)
    assert pq.pop() == ("x", 1)
    pq.push("x", 5)
    pq.push("y", 2)
    assert pq.priority("x") == 5
    assert [pq.pop(), pq.pop()] == [("y", 2), ("x", 5)]
    assert "x" not in pq and len(pq) == 0


def test_raise_priority_of_root_in_a_deep_heap():
    pq = IndexedMinPQ()
    for n in range(31):
        pq.push(f"n{n:02d}", n)
    pq.update("n00", 100)
    pq.update("n05", -1)
    pq.update("n30", 15)
    order = [pq.pop()[0] for _ in range(len(pq))]
    expected = sorted([(n, f"n{n:02d}") for n in range(1, 30) if n != 5] + [(-1, "n05"), (15, "n30"), (100, "n00")])
    assert order == [k for _, k in expected]


def test_dijkstra_with_decrease_and_increase():
    graph = {"s": {"a": 4, "b": 1}, "b": {"a": 2, "c": 5}, "a": {"c": 1}, "c": {}}
    dist = {}
    pq = IndexedMinPQ()
    pq.push("s", 0)
    while len(pq):
        node, d = pq.pop()
        dist[node] = d
        for nxt, w in graph[node].items():
            if nxt in dist:
                continue
            if nxt not in pq:
                pq.push(nxt, d + w)
            elif d + w < pq.priority(nxt):
                pq.update(nxt, d + w)
    assert dist == {"s": 0, "b": 1, "a": 3, "c": 4}


def test_heap_sort_of_many():
    rng = random.Random(5)
    values = {f"v{i}": rng.randint(0, 1000) for i in range(300)}
    pq = IndexedMinPQ()
    for k, v in values.items():
        pq.push(k, v)
    for k in list(values)[:100]:
        values[k] = rng.randint(0, 1000)
        pq.update(k, values[k])
    ref = [(v, k) for k, v in values.items()]
    heapq.heapify(ref)
    while ref:
        v, k = heapq.heappop(ref)
        assert pq.pop() == (k, v)
