from dutch_partition import sort_colors, split_by_priority, three_way_partition


def test_sort_colors_example():
    assert sort_colors([2, 0, 2, 1, 1, 0]) == [0, 0, 1, 1, 2, 2]


def test_sort_colors_empty_and_sorted():
    assert sort_colors([]) == []
    assert sort_colors([0, 1, 2]) == [0, 1, 2]


def test_sort_colors_small():
    assert sort_colors([2, 0, 1]) == [0, 1, 2]


def test_partition_bounds():
    values = [5, 1, 9, 5, 3, 7]
    lt_end, gt_start = three_way_partition(values, lambda v: v, 5)
    assert sorted(values[:lt_end]) == [1, 3]
    assert values[lt_end:gt_start] == [5, 5]
    assert sorted(values[gt_start:]) == [7, 9]


def test_split_by_priority():
    tasks = [("deploy", 1), ("lint", 3), ("docs", 2), ("hotfix", 1), ("refactor", 3)]
    urgent, normal, deferred = split_by_priority(tasks, 2)
    assert sorted(urgent) == ["deploy", "hotfix"]
    assert normal == ["docs"]
    assert sorted(deferred) == ["lint", "refactor"]
