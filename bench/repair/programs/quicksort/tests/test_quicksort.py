from quicksort import quicksort, top_k


def test_empty_and_single():
    assert quicksort([]) == []
    assert quicksort([3]) == [3]


def test_sorts_scores():
    assert quicksort([0.4, 0.9, 0.1]) == [0.1, 0.4, 0.9]


def test_keeps_duplicate_scores():
    assert quicksort([2, 1, 2, 1]) == [1, 1, 2, 2]


def test_top_k():
    assert top_k([0.2, 0.8, 0.5], 2) == [0.8, 0.5]
