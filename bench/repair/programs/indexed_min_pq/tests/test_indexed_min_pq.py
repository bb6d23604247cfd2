import pytest

from indexed_min_pq import IndexedMinPQ


def drain(pq):
    return [pq.pop() for _ in range(len(pq))]


def test_pops_in_priority_order():
    pq = IndexedMinPQ()
    for key, priority in [("d", 4), ("a", 1), ("c", 3), ("b", 2)]:
        pq.push(key, priority)
    assert pq.peek() == ("a", 1)
    assert drain(pq) == [("a", 1), ("b", 2), ("c", 3), ("d", 4)]


def test_equal_priorities_come_out_in_key_order():
    pq = IndexedMinPQ()
    for key in ["m", "z", "b"]:
        pq.push(key, 7)
    assert [key for key, _ in drain(pq)] == ["b", "m", "z"]


def test_lowering_a_priority():
    pq = IndexedMinPQ()
    for key, priority in [("a", 5), ("b", 6), ("c", 7)]:
        pq.push(key, priority)
    pq.update("c", 1)
    assert pq.priority("c") == 1
    assert drain(pq) == [("c", 1), ("a", 5), ("b", 6)]


def test_raising_a_priority():
    pq = IndexedMinPQ()
    for key, priority in [("a", 1), ("b", 2), ("c", 3)]:
        pq.push(key, priority)
    pq.update("a", 9)
    assert drain(pq) == [("b", 2), ("c", 3), ("a", 9)]


def test_membership_follows_push_and_pop():
    pq = IndexedMinPQ()
    pq.push("job", 3)
    pq.push("other", 4)
    assert "job" in pq
    assert pq.pop() == ("job", 3)
    assert "job" not in pq
    assert "other" in pq
    assert len(pq) == 1


def test_remove_and_errors():
    pq = IndexedMinPQ()
    for key, priority in [("a", 1), ("b", 2), ("c", 3)]:
        pq.push(key, priority)
    pq.remove("b")
    assert "b" not in pq
    with pytest.raises(KeyError):
        pq.push("a", 0)
    assert drain(pq) == [("a", 1), ("c", 3)]
    with pytest.raises(IndexError):
        pq.pop()
