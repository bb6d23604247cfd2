from integer_partitions import conjugate, distinct_part_count, partition_count, partitions


def test_lists_are_non_increasing_and_sum_up():
    for n in range(1, 13):
        listed = list(partitions(n))
        assert len(listed) == partition_count(n)
        for parts in listed:
            assert sum(parts) == n
            assert parts == sorted(parts, reverse=True), parts


def test_reverse_lexicographic_order():
    for n in range(1, 12):
        listed = list(partitions(n))
        assert listed == sorted(listed, reverse=True)
        assert listed[0] == [n] and listed[-1] == [1] * n


def test_partitions_of_six_exactly():
    assert list(partitions(6)) == [
        [6], [5, 1], [4, 2], [4, 1, 1], [3, 3], [3, 2, 1], [3, 1, 1, 1],
        [2, 2, 2], [2, 2, 1, 1], [2, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1],
    ]


def test_partitions_with_largest_part():
    assert list(partitions(7, largest=3)) == [
        [3, 3, 1], [3, 2, 2], [3, 2, 1, 1], [3, 1, 1, 1, 1],
        [2, 2, 2, 1], [2, 2, 1, 1, 1], [2, 1, 1, 1, 1, 1], [1] * 7,
    ]
    assert len(list(partitions(9, largest=4))) == partition_count(9, largest=4)
    assert list(partitions(3, largest=10)) == [[3], [2, 1], [1, 1, 1]]


def test_conjugates_of_listed_partitions():
    for n in range(1, 10):
        listed = list(partitions(n))
        assert sorted(map(conjugate, listed)) == sorted(listed)
        for parts in listed:
            assert conjugate(conjugate(parts)) == parts


def test_larger_counts():
    assert partition_count(50) == 204226
    assert partition_count(20, largest=5) == 192
    assert distinct_part_count(20) == 64
    assert sum(1 for p in partitions(15) if len(set(p)) == len(p)) == distinct_part_count(15)
