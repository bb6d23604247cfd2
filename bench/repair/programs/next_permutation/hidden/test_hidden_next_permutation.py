import itertools

from next_permutation import all_permutations, next_permutation


def test_matches_itertools_for_distinct():
    for n in range(1, 6):
        expected = [list(p) for p in itertools.permutations(range(n))]
        assert list(itertools.islice(all_permutations(range(n)), 500)) == expected


def test_multiset_permutations_are_unique():
    result = list(itertools.islice(all_permutations([1, 1, 2]), 50))
    assert result == [[1, 1, 2], [1, 2, 1], [2, 1, 1]]
    assert len(list(itertools.islice(all_permutations("aabb"), 50))) == 6


def test_with_duplicates_successor():
    assert next_permutation([1, 2, 2]) == [2, 1, 2]
    assert next_permutation([2, 2, 1]) is None
    assert next_permutation([1, 5, 1]) == [5, 1, 1]
