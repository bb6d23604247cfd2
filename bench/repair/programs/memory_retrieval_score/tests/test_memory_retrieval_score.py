import pytest

from memory_retrieval_score import cosine, normalise, rank

HOUR = 3600
NOW = 100 * HOUR


def memory(id, importance, hours_ago, embedding):
    return {"id": id, "importance": importance, "last_access": NOW - hours_ago * HOUR,
            "embedding": embedding}


MEMORIES = [
    memory("tea", 3, 1, [1, 0, 0]),
    memory("deadline", 9, 30, [0, 1, 0]),
    memory("dog", 5, 5, [0.6, 0.8, 0]),
    memory("old", 2, 72, [0, 0, 1]),
]


def test_cosine():
    assert cosine([1, 0], [1, 0]) == pytest.approx(1.0)
    assert cosine([1, 0], [0, 3]) == pytest.approx(0.0)
    assert cosine([0, 0], [1, 1]) == 0.0


def test_normalise():
    assert normalise([2, 4, 6]) == [0.0, 0.5, 1.0]
    assert normalise([7, 7]) == [0.0, 0.0]


def test_most_recently_used_first_when_only_recency_counts():
    ranked = rank(MEMORIES, [0, 1, 0], NOW, k=4, weights=(1, 0, 0))
    assert [id for id, _ in ranked] == ["tea", "dog", "deadline", "old"]


def test_most_important_first_when_only_importance_counts():
    ranked = rank(MEMORIES, [0, 1, 0], NOW, k=2, weights=(0, 1, 0))
    assert ranked == [("deadline", 1.0), ("dog", 0.4286)]


def test_relevant_memories_rank_high():
    ranked = rank(MEMORIES, [1, 0, 0], NOW, k=2)
    assert [id for id, _ in ranked] == ["tea", "dog"]


def test_no_memories():
    assert rank([], [1, 0, 0], NOW) == []
