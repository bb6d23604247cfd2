from flatten import flat_list, flatten


def test_deeply_nested():
    value = [[[[[1]]]], [[2, [3, [4]]]], 5]
    assert flat_list(value) == [1, 2, 3, 4, 5]


def test_empty_lists_vanish():
    assert flat_list([[], [[]], [1, []]]) == [1]


def test_strings_are_leaves():
    assert flat_list(["ab", ["cd", ("ef", ["gh"])]]) == ["ab", "cd", "ef", "gh"]


def test_is_lazy_generator():
    gen = flatten([1, [2, [3]]])
    assert next(gen) == 1
    assert list(gen) == [2, 3]
