from itertools import combinations

from lis_count_ways import count_lis, lis_length, lis_summary


def brute(nums):
    for size in range(len(nums), 0, -1):
        ways = sum(
            1
            for idx in combinations(range(len(nums)), size)
            if all(nums[a] < nums[b] for a, b in zip(idx, idx[1:]))
        )
        if ways:
            return size, ways
    return 0, 0


def test_strictly_increasing_single_way():
    assert lis_summary([1, 2, 3, 4, 5, 6]) == (6, 1)


def test_strictly_decreasing():
    assert lis_summary([5, 4, 3, 2, 1]) == (1, 5)


def test_single_element():
    assert lis_summary([42]) == (1, 1)


def test_many_ways():
    # choose one of each pair: 2*2*2
    assert count_lis([1, 1, 2, 2, 3, 3]) == 8
    assert lis_length([1, 1, 2, 2, 3, 3]) == 3


def test_against_brute_force():
    samples = [
        [10, 9, 2, 5, 3, 7, 101, 18],
        [3, 1, 4, 1, 5, 9, 2, 6, 5, 3],
        [0, 8, 4, 12, 2, 10, 6, 14, 1, 9],
        [1, 2, 4, 3, 5, 4, 7, 2],
        [2, 1, 2, 1, 2, 1, 2],
        [-1, -3, 0, -2, 1],
    ]
    for nums in samples:
        assert lis_summary(nums) == brute(nums), nums
