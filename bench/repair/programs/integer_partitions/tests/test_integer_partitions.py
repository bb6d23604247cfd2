from integer_partitions import conjugate, distinct_part_count, partition_count, partitions


def test_partition_counts():
    assert [partition_count(n) for n in range(8)] == [1, 1, 2, 3, 5, 7, 11, 15]
    assert partition_count(-1) == 0


def test_counts_with_a_largest_part():
    assert partition_count(5, largest=2) == 3
    assert partition_count(10, largest=1) == 1


def test_distinct_parts():
    assert distinct_part_count(6) == 4
    assert distinct_part_count(0) == 1


def test_list_partitions_of_four():
    assert list(partitions(4)) == [[4], [3, 1], [2, 2], [2, 1, 1], [1, 1, 1, 1]]


def test_trivial_partitions():
    assert list(partitions(0)) == [[]]
    assert list(partitions(1)) == [[1]]


def test_conjugate():
    assert conjugate([4, 2, 1]) == [3, 2, 1, 1]
    assert conjugate([]) == []
