from unbounded_sorted_search import ListReader, find_bracket, search


def test_every_element_is_found():
    items = [2, 3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61]
    for index, value in enumerate(items):
        assert search(ListReader(items), value) == index


def test_gaps_are_absent():
    items = list(range(0, 100, 5))
    for value in range(-3, 103):
        expected = value // 5 if value % 5 == 0 and 0 <= value < 100 else -1
        assert search(ListReader(items), value) == expected, value


def test_single_element():
    assert search(ListReader([7]), 7) == 0
    assert search(ListReader([7]), 8) == -1
    assert search(ListReader([7]), 6) == -1


def test_bracket_contains_target():
    items = list(range(1000))
    for target in (1, 2, 3, 5, 100, 513, 999):
        lo, hi = find_bracket(ListReader(items), target)
        assert lo <= target <= hi
        assert hi <= 2 * target
        assert lo >= hi // 2  # the bracket is the last doubling step only


def test_large_array_indices():
    items = list(range(0, 300000, 3))
    reader = ListReader(items)
    assert search(reader, 3 * 70001) == 70001
    assert reader.probes < 60
