from multiset_perms import count_distinct, distinct_permutations


def test_count_with_repeats():
    assert count_distinct([1, 1, 2]) == 3
    assert count_distinct("banana") == 60


def test_first_ordering_is_the_input_order():
    assert next(distinct_permutations([3, 1, 2])) == [3, 1, 2]


def test_words_from_letters():
    words = ["".join(p) for p in distinct_permutations("aab")]
    assert words == ["aab", "aba", "baa"]


def test_all_orderings():
    assert list(distinct_permutations([1, 1, 2])) == [[1, 1, 2], [1, 2, 1], [2, 1, 1]]
