from lis import is_strictly_increasing, lis_length


def test_empty():
    assert lis_length([]) == 0


def test_classic_example():
    assert lis_length([10, 9, 2, 5, 3, 7, 101, 18]) == 4


def test_daily_version_numbers_with_repeats():
    assert lis_length([3, 3, 4, 4, 5]) == 3


def test_helper():
    assert is_strictly_increasing([1, 2, 5])
    assert not is_strictly_increasing([1, 1])
