from binary_search import contains, find, lower_bound


def test_finds_value_in_the_middle():
    assert find([2, 4, 6, 8, 10], 6) == 2


def test_absent_value_gives_minus_one():
    assert find([1, 3, 5, 7], 4) == -1


def test_lookup_of_known_scores():
    scores = [12, 18, 25, 31, 47, 52, 60]
    assert [find(scores, s) for s in (12, 31, 60)] == [0, 3, 6]


def test_lower_bound_for_insertion_point():
    assert lower_bound([10, 20, 30], 25) == 2
    assert lower_bound([10, 20, 30], 5) == 0


def test_contains_on_empty_list():
    assert not contains([], 3)
