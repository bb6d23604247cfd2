from tied_topk_scores import competition_ranks, rank, top_k


def test_rank_orders_by_score_then_id():
    assert rank({"b": 0.5, "a": 0.5, "c": 0.9}) == [("c", 0.9), ("a", 0.5), ("b", 0.5)]


def test_top_k_without_ties():
    scores = {"d1": 0.9, "d2": 0.7, "d3": 0.4, "d4": 0.1}
    assert top_k(scores, 2) == [("d1", 0.9), ("d2", 0.7)]


def test_top_k_keeps_documents_tied_with_the_last_one():
    scores = {"d1": 0.9, "d2": 0.6, "d3": 0.6, "d4": 0.2}
    assert top_k(scores, 2) == [("d1", 0.9), ("d2", 0.6), ("d3", 0.6)]


def test_keep_ties_off_returns_exactly_k():
    scores = {"d1": 0.9, "d2": 0.6, "d3": 0.6, "d4": 0.2}
    assert top_k(scores, 2, keep_ties=False) == [("d1", 0.9), ("d2", 0.6)]


def test_k_larger_than_corpus():
    assert top_k({"x": 1.0, "y": 2.0}, 10) == [("y", 2.0), ("x", 1.0)]


def test_competition_ranks():
    ranked = rank({"a": 3, "b": 2, "c": 2, "d": 1})
    assert competition_ranks(ranked) == [1, 2, 2, 4]
