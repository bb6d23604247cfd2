"""Counting longest strictly increasing subsequences.

Classic O(n^2) dynamic programme: for every index keep the length of the
longest increasing subsequence ending there and how many such subsequences
there are.
"""


def _tables(nums):
    n = len(nums)
    length = [1] * n
    count = [1] * n
    for i in range(n):
        for j in range(i):
            if nums[j] < nums[i]:
                if length[j] + 1 > length[i]:
                    length[i] = length[j] + 1
                    count[i] += count[j]
                elif length[j] + 1 == length[i]:
                    count[i] += count[j]
    return length, count


def lis_length(nums):
    """Length of the longest strictly increasing subsequence (0 for [])."""
    if not nums:
        return 0
    length, _ = _tables(nums)
    return max(length)


def count_lis(nums):
    """Number of distinct index-sequences that form a longest increasing subsequence."""
    if not nums:
        return 0
    length, count = _tables(nums)
    best = max(length)
    return sum(c for size, c in zip(length, count) if size == best)


def lis_summary(nums):
    """(length, number of ways) in one call."""
    return lis_length(nums), count_lis(nums)
