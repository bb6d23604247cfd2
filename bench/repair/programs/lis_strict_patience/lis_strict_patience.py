"""Longest strictly increasing subsequence in O(n log n) by patience sorting."""

import bisect


def longest_increasing(seq):
    """Return one longest strictly increasing subsequence of ``seq`` as a list.

    When several exist, the one patience sorting naturally finds is returned:
    it ends at the last element that completes a longest run.
    """
    tails = []        # tails[k]: smallest last value of an increasing run of length k + 1
    tail_index = []   # tail_index[k]: position in seq of tails[k]
    parent = [-1] * len(seq)
    for i, value in enumerate(seq):
        k = bisect.bisect_right(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[k] = value
            tail_index[k] = i
        parent[i] = tail_index[k - 1] if k > 0 else -1

    result = []
    i = tail_index[-1] if tail_index else -1
    while i != -1:
        result.append(seq[i])
        i = parent[i]
    result.reverse()
    return result


def lis_length(seq):
    """Length of the longest strictly increasing subsequence."""
    return len(longest_increasing(seq))
