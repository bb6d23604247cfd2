import pytest

from mmr_rerank import cosine, mmr_select


def test_cosine():
    assert cosine([1, 0], [3, 0]) == pytest.approx(1.0)
    assert cosine([1, 0], [0, 2]) == pytest.approx(0.0)
    assert cosine([1, 1], [1, 0]) == pytest.approx(2 ** -0.5)
    assert cosine([0, 0], [1, 0]) == 0.0


def test_no_diversity_is_relevance_order():
    candidates = {"far": [0.0, 1.0], "near": [1.0, 0.1], "mid": [1.0, 1.0]}
    assert mmr_select([1.0, 0.0], candidates, 3, diversity=0.0) == ["near", "mid", "far"]


def test_first_pick_is_most_relevant():
    candidates = {"a": [0.2, 1.0], "b": [1.0, 0.0], "c": [0.9, 0.5]}
    assert mmr_select([1.0, 0.0], candidates, 1)[0] == "b"


def test_near_duplicate_is_skipped_for_a_different_passage():
    candidates = {
        "refund-policy": [0.95, 0.30, 0.0],
        "refund-policy-copy": [0.94, 0.31, 0.0],
        "refund-timeline": [0.70, 0.0, 0.70],
    }
    assert mmr_select([1.0, 0.1, 0.2], candidates, 2) == ["refund-policy", "refund-timeline"]


def test_bad_diversity_rejected():
    with pytest.raises(ValueError):
        mmr_select([1.0], {"a": [1.0]}, 1, diversity=1.5)
