from occurrence_bounds import count_between, insert_sorted, lower_bound, occurrence_range


def test_lower_bound():
    items = [1, 3, 5, 7]
    assert lower_bound(items, 5) == 2
    assert lower_bound(items, 4) == 2
    assert lower_bound(items, 0) == 0
    assert lower_bound(items, 8) == 4


def test_occurrence_range_of_missing_value():
    assert occurrence_range([1, 3, 5], 4) is None
    assert occurrence_range([], 1) is None


def test_occurrence_range_with_duplicates():
    assert occurrence_range([1, 2, 2, 2, 3], 2) == (1, 3)


def test_count_between():
    assert count_between([1, 2, 4, 4, 6, 9], 2, 6) == 4


def test_insert_sorted():
    items = [1, 3, 5]
    assert insert_sorted(items, 4) == 2
    assert items == [1, 3, 4, 5]
