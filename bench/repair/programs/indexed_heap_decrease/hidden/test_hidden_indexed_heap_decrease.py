import random

from indexed_heap_decrease import IndexedHeap


def drain(heap):
    out = []
    while len(heap):
        out.append(heap.pop())
    return out


def check_positions(heap):
    for index, (_, item) in enumerate(heap._heap):
        assert heap._pos[item] == index
    for index in range(1, len(heap._heap)):
        assert heap._heap[(index - 1) // 2][0] <= heap._heap[index][0]


def test_random_heapsort_matches_sorted():
    rng = random.Random(23)
    for _ in range(60):
        n = rng.randint(1, 40)
        prios = [rng.randint(0, 50) for _ in range(n)]
        heap = IndexedHeap()
        for i, p in enumerate(prios):
            heap.push(i, p)
            check_positions(heap)
        popped = [p for _, p in drain(heap)]
        assert popped == sorted(prios)


def test_random_decrease_keys_keep_heap_valid():
    rng = random.Random(7)
    heap = IndexedHeap()
    current = {}
    for i in range(50):
        p = rng.randint(10, 100)
        heap.push(f"n{i}", p)
        current[f"n{i}"] = p
    for _ in range(80):
        item = rng.choice(sorted(current))
        new = current[item] - rng.randint(0, 15)
        heap.decrease_key(item, new)
        current[item] = new
        check_positions(heap)
        if rng.random() < 0.3:
            popped, prio = heap.pop()
            assert prio == min(current.values())
            assert current.pop(popped) == prio
            check_positions(heap)
    assert [p for _, p in drain(heap)] == sorted(current.values())


def test_pop_when_both_children_smaller_than_moved_root():
    heap = IndexedHeap()
    for item, prio in [("r", 0), ("l", 2), ("rr", 3), ("x", 9), ("y", 9), ("z", 4), ("w", 5)]:
        heap.push(item, prio)
    assert heap.pop() == ("r", 0)
    assert heap.peek() == ("l", 2)
    check_positions(heap)
    assert [p for _, p in drain(heap)] == [2, 3, 4, 5, 9, 9]


def test_dijkstra_with_decrease_key():
    graph = {
        "s": [("a", 7), ("b", 2), ("c", 9)],
        "a": [("d", 1)],
        "b": [("a", 3), ("c", 4), ("e", 12)],
        "c": [("d", 2), ("e", 5)],
        "d": [("e", 1)],
        "e": [],
    }
    dist = {"s": 0}
    heap = IndexedHeap()
    heap.push("s", 0)
    done = set()
    while len(heap):
        node, d = heap.pop()
        done.add(node)
        for nxt, w in graph[node]:
            if nxt in done:
                continue
            nd = d + w
            if nxt not in dist:
                dist[nxt] = nd
                heap.push(nxt, nd)
            elif nd < dist[nxt]:
                dist[nxt] = nd
                heap.decrease_key(nxt, nd)
    assert dist == {"s": 0, "a": 5, "b": 2, "c": 6, "d": 6, "e": 7}
