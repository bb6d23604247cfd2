from merge_sorted import merge, merge_sort


def test_merge_with_empty_side():
    assert merge([1, 2], []) == [1, 2]


def test_merge_interleaved_timestamps():
    assert merge([1, 5, 9], [2, 3, 10]) == [1, 2, 3, 5, 9, 10]


def test_merge_when_left_runs_out_first():
    assert merge([4, 6], [5, 7, 8]) == [4, 5, 6, 7, 8]


def test_merge_sort_small():
    assert merge_sort([3, 1, 2]) == [1, 2, 3]
