from key_counting_sort import counting_sort, radix_sort, sort_by_length


def test_counting_sort_is_stable():
    tickets = [("t1", 2), ("t2", 0), ("t3", 2), ("t4", 1), ("t5", 0)]
    ordered = counting_sort(tickets, lambda t: t[1], max_key=5)
    assert [name for name, _ in ordered] == ["t2", "t5", "t4", "t1", "t3"]


def test_counting_sort_severity_levels():
    severities = [3, 0, 2, 3, 1, 0]
    assert counting_sort(severities, lambda s: s, max_key=3) == [0, 0, 1, 2, 3, 3]


def test_empty():
    assert counting_sort([], lambda v: v, max_key=4) == []
    assert radix_sort([]) == []


def test_radix_sort_classic():
    values = [170, 45, 75, 90, 802, 24, 2, 66]
    assert radix_sort(values) == [2, 24, 45, 66, 75, 90, 170, 802]


def test_radix_sort_small_numbers():
    assert radix_sort([3, 1, 2]) == [1, 2, 3]


def test_sort_by_length():
    assert sort_by_length(["ccc", "a", "bb", "dd"]) == ["a", "bb", "dd", "ccc"]
