import pytest

from rank_fusion import agreement, fuse, top_passages


def test_small_k_sharpens_the_top():
    rankings = {"a": ["p", "q", "r"], "b": ["r", "q", "p"], "c": ["q"]}
    result = top_passages(rankings, 3, k=1)
    assert [pid for pid, _ in result] == ["q", "p", "r"]
    assert result[0][1] == pytest.approx(1 / 3 + 1 / 3 + 1 / 2)


def test_scores_returned_with_each_passage():
    rankings = {"bm25": ["m", "n", "o", "p"], "vector": ["p", "o"], "graph": ["o"]}
    result = top_passages(rankings, 10)
    expected = fuse(rankings)
    assert [pid for pid, _ in result] == ["o", "p", "m", "n"]
    assert dict(result) == pytest.approx(expected)
    assert [score for _, score in result] == sorted(expected.values(), reverse=True)


def test_ties_keep_first_seen_order():
    rankings = {"bm25": ["zeta", "alpha"], "vector": ["alpha", "zeta"]}
    assert [pid for pid, _ in top_passages(rankings, 2)] == ["zeta", "alpha"]
    rankings = {"one": ["c"], "two": ["a"], "three": ["b"]}
    assert [pid for pid, _ in top_passages(rankings, 3)] == ["c", "a", "b"]


def test_duplicates_within_a_list_count_once():
    scores = fuse({"bm25": ["a", "a", "b"]})
    assert scores == {"a": pytest.approx(1 / 61), "b": pytest.approx(1 / 63)}


def test_limit_larger_than_pool_and_zero():
    rankings = {"bm25": ["b", "a"]}
    assert [pid for pid, _ in top_passages(rankings, 5)] == ["b", "a"]
    assert top_passages(rankings, 0) == []
    assert top_passages({}, 3) == []


def test_unlisted_weight_defaults_to_one_and_zero_weight_mutes():
    rankings = {"bm25": ["a", "b"], "vector": ["b", "a"], "stale": ["c"]}
    result = top_passages(rankings, 3, weights={"bm25": 1.5, "stale": 0.0})
    assert [pid for pid, _ in result] == ["a", "b", "c"]
    assert result[0][1] == pytest.approx(1.5 / 61 + 1 / 62)
    assert result[2][1] == 0.0


def test_agreement_edges():
    assert agreement({}, 3) == 0.0
    assert agreement({"a": [], "b": []}, 3) == 0.0
    assert agreement({"a": ["x", "y"], "b": ["z"]}, 5) == 0.0
