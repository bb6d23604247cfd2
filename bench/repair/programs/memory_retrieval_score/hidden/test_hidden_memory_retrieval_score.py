import pytest

from memory_retrieval_score import rank

HOUR = 3600
NOW = 500 * HOUR


def memory(id, importance, hours_ago, embedding):
    return {"id": id, "importance": importance, "last_access": NOW - hours_ago * HOUR,
            "embedding": embedding}


MEMORIES = [
    memory("tea", 3, 1, [1, 0, 0]),
    memory("deadline", 9, 30, [0, 1, 0]),
    memory("dog", 5, 5, [0.6, 0.8, 0]),
    memory("old", 2, 72, [0, 0, 1]),
]


def test_full_scores():
    assert rank(MEMORIES, [1, 0, 0], NOW, k=4) == [
        ("tea", 2.1429), ("dog", 1.9513), ("deadline", 1.5044), ("old", 0.0)]
    assert rank(MEMORIES, [0, 1, 0], NOW, k=4) == [
        ("deadline", 2.5044), ("dog", 2.1513), ("tea", 1.1429), ("old", 0.0)]


def test_recency_component_values():
    ranked = rank(MEMORIES, [1, 1, 1], NOW, k=4, weights=(1, 0, 0))
    assert ranked == [("tea", 1.0), ("dog", 0.9228), ("deadline", 0.5044), ("old", 0.0)]


def test_half_day_versus_one_day():
    memories = [memory("a", 5, 24, [1, 0]), memory("b", 5, 12, [1, 0]),
                memory("c", 5, 0, [1, 0])]
    ranked = rank(memories, [1, 0], NOW, k=3, decay=0.5, weights=(1, 1, 1))
    assert ranked[0] == ("c", 1.0)
    assert ranked[1] == ("b", pytest.approx(0.0002, abs=1e-4))
    assert ranked[2] == ("a", 0.0)


def test_decay_changes_the_weight_of_age():
    memories = [memory("ten_hours", 1, 10, [1, 0]), memory("one_hour", 1, 1, [1, 0]),
                memory("now", 1, 0, [1, 0])]
    slow = rank(memories, [1, 0], NOW, k=3, decay=0.999, weights=(1, 0, 0))
    assert slow == [("now", 1.0), ("one_hour", 0.8995), ("ten_hours", 0.0)]
    fast = rank(memories, [1, 0], NOW, k=3, decay=0.5, weights=(1, 0, 0))
    assert fast == [("now", 1.0), ("one_hour", 0.4995), ("ten_hours", 0.0)]


def test_accessed_in_seconds_not_hours():
    memories = [memory("just_now", 1, 0, [1, 0]),
                {"id": "minutes_ago", "importance": 1, "last_access": NOW - 1800,
                 "embedding": [1, 0]},
                memory("two_hours", 1, 2, [1, 0])]
    ranked = rank(memories, [1, 0], NOW, k=3, decay=0.5, weights=(1, 0, 0))
    assert ranked == [("just_now", 1.0), ("minutes_ago", 0.6095), ("two_hours", 0.0)]


def test_ties_keep_given_order_and_k():
    memories = [memory(str(i), 4, 3, [0, 1]) for i in range(5)]
    assert rank(memories, [0, 1], NOW, k=2) == [("0", 0.0), ("1", 0.0)]
