from tied_topk_scores import competition_ranks, rank, top_k


def test_non_positive_k_returns_nothing():
    assert top_k({"a": 1.0}, 0) == []
    assert top_k({"a": 1.0}, -3) == []


def test_k_one_with_everything_tied_returns_all():
    scores = {"c": 0.5, "a": 0.5, "b": 0.5}
    assert top_k(scores, 1) == [("a", 0.5), ("b", 0.5), ("c", 0.5)]


def test_floating_point_near_ties_count_as_ties():
    scores = {"x": 0.1 + 0.2, "y": 0.3, "z": 0.9, "w": 0.05}
    assert [d for d, _ in top_k(scores, 2)] == ["z", "x", "y"]


def test_ties_above_the_cutoff_do_not_extend():
    scores = {"a": 0.8, "b": 0.8, "c": 0.5, "d": 0.3}
    assert top_k(scores, 3) == [("a", 0.8), ("b", 0.8), ("c", 0.5)]


def test_long_tie_run_is_kept_whole():
    scores = {f"d{i}": 0.4 for i in range(6)}
    scores["top"] = 0.95
    result = top_k(scores, 3)
    assert len(result) == 7
    assert result[0] == ("top", 0.95)
    assert [d for d, _ in result[1:]] == [f"d{i}" for i in range(6)]


def test_cutoff_exactly_at_end_of_tie_run():
    scores = {"a": 0.9, "b": 0.7, "c": 0.7, "d": 0.2, "e": 0.2}
    assert top_k(scores, 3) == [("a", 0.9), ("b", 0.7), ("c", 0.7)]
    assert top_k(scores, 4) == [("a", 0.9), ("b", 0.7), ("c", 0.7), ("d", 0.2), ("e", 0.2)]


def test_ranks_of_tied_top_k_result():
    result = top_k({"a": 5, "b": 4, "c": 4, "d": 4, "e": 1}, 2)
    assert competition_ranks(result) == [1, 2, 2, 2]


def test_competition_ranks_with_near_ties_and_empty():
    assert competition_ranks([]) == []
    ranked = [("a", 1.0), ("b", 0.1 + 0.2), ("c", 0.3), ("d", 0.3), ("e", 0.0)]
    assert competition_ranks(ranked) == [1, 2, 2, 2, 5]
