from lis_count_ways import count_lis, lis_length, lis_summary


def test_empty():
    assert lis_length([]) == 0
    assert count_lis([]) == 0


def test_all_equal_each_element_is_a_lis():
    assert lis_length([2, 2, 2, 2, 2]) == 1
    assert count_lis([2, 2, 2, 2, 2]) == 5


def test_length_of_mixed_sequence():
    assert lis_length([10, 9, 2, 5, 3, 7, 101, 18]) == 4


def test_two_ways():
    # 1 3 5 7 and 1 3 4 7
    assert count_lis([1, 3, 5, 4, 7]) == 2


def test_summary():
    assert lis_summary([3, 1, 2]) == (2, 1)
