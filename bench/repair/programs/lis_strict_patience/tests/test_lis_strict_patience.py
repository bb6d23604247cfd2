from lis_strict_patience import lis_length, longest_increasing


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def test_empty():
    assert longest_increasing([]) == []
    assert lis_length([]) == 0


def test_classic_example():
    seq = [10, 9, 2, 5, 3, 7, 101, 18]
    result = longest_increasing(seq)
    assert len(result) == 4
    assert is_subsequence(result, seq)
    assert all(a < b for a, b in zip(result, result[1:]))


def test_sorted_input_is_its_own_answer():
    assert longest_increasing([1, 4, 6, 9]) == [1, 4, 6, 9]


def test_decreasing_input():
    assert lis_length([9, 7, 4, 1]) == 1


def test_repeated_values_do_not_count_twice():
    assert longest_increasing([1, 2, 2, 3]) == [1, 2, 3]
