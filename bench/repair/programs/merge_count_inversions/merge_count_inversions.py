"""Counting inversions with merge sort.

An inversion is a pair of positions i < j with seq[i] > seq[j]. Equal
elements never form an inversion.
"""


def sort_and_count(seq):
    """Return ``(sorted_list, inversions)`` in O(n log n)."""
    items = list(seq)
    if len(items) <= 1:
        return items, 0
    mid = len(items) // 2
    left, left_count = sort_and_count(items[:mid])
    right, right_count = sort_and_count(items[mid:])
    merged = []
    count = left_count + right_count
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
            count += len(left) - j
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, count


def count_inversions(seq):
    return sort_and_count(seq)[1]


def kendall_distance(ranking_a, ranking_b):
    """Number of item pairs the two rankings order differently.

    Both rankings must be permutations of the same items.
    """
    if sorted(ranking_a) != sorted(ranking_b):
        raise ValueError("rankings must contain the same items")
    position = {item: i for i, item in enumerate(ranking_a)}
    return count_inversions([position[item] for item in ranking_b])
