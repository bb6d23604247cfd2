from smallest_covering_range import covering_window, smallest_covering_range


def test_three_lists():
    lists = [[4, 10, 15, 24, 26], [0, 9, 12, 20], [5, 18, 22, 30]]
    assert smallest_covering_range(lists) == (20, 24)


def test_equal_widths_prefer_earlier_start():
    assert smallest_covering_range([[1, 5], [3, 7]]) == (1, 3)


def test_missing_input_gives_none():
    assert smallest_covering_range([]) is None
    assert smallest_covering_range([[1, 2], []]) is None


def test_covering_window_of_logs():
    events = {"api": [40, 5], "db": [12, 41], "cache": [38]}
    assert covering_window(events) == (38, 41)
