from busy_split_days import busy_minutes_per_day, is_free, merge_busy, split_by_day


def test_nested_intervals_keep_outer_end():
    assert merge_busy([(0, 500), (10, 20), (30, 40), (450, 480)]) == [(0, 500)]


def test_unsorted_input_with_contained_block():
    assert merge_busy([(300, 310), (100, 400), (50, 120)]) == [(50, 400)]


def test_multi_day_block_splits_into_each_day():
    assert split_by_day([(1000, 3 * 1440 + 100), (1100, 1200)]) == [
        (0, 1000, 1440),
        (1, 0, 1440),
        (2, 0, 1440),
        (3, 0, 100),
    ]


def test_per_day_totals_count_overlap_once():
    intervals = [(60, 240), (90, 120), (100, 200), (1440 + 10, 1440 + 20)]
    assert busy_minutes_per_day(intervals) == {0: 180, 1: 10}


def test_is_free_inside_a_long_block():
    busy = [(480, 1080), (600, 630)]
    assert not is_free(busy, 900, 930)
    assert is_free(busy, 1080, 1140)
    assert is_free([], 0, 10)


def test_chain_of_touching_blocks():
    assert merge_busy([(0, 10), (10, 20), (20, 30), (5, 8)]) == [(0, 30)]
