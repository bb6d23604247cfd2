import itertools

from next_permutation import all_permutations, next_permutation


def test_last_permutation_has_no_successor():
    assert next_permutation([3, 2, 1]) is None


def test_single_element():
    assert next_permutation(["a"]) is None


def test_simple_successor():
    assert next_permutation([1, 2, 3]) == [1, 3, 2]


def test_successor_with_longer_suffix():
    assert next_permutation([1, 3, 2]) == [2, 1, 3]


def test_enumerate_tool_orders():
    orders = list(itertools.islice(all_permutations(["read", "grep", "edit"]), 20))
    assert len(orders) == 6
    assert orders[0] == ["edit", "grep", "read"]


def test_successor_with_repeated_letters():
    assert next_permutation(["x", "y", "y"]) == ["y", "x", "y"]
