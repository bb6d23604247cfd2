from continued_fraction import approximate, collapse, convergents, expand, reduce


def test_reduce_to_lowest_terms():
    assert reduce(6, -8) == (-3, 4)
    assert reduce(0, 5) == (0, 1)


def test_expand_classic_example():
    assert list(expand(415, 93)) == [4, 2, 6, 7]


def test_expand_negative_fraction():
    assert list(expand(-7, 3)) == [-3, 1, 2]


def test_convergents_of_415_over_93():
    assert list(convergents([4, 2, 6, 7])) == [(4, 1), (9, 2), (58, 13), (415, 93)]


def test_collapse_square_root_of_two_terms():
    assert collapse([1, 2, 2, 2]) == (17, 12)


def test_approximate_pi():
    assert approximate(314159265, 100000000, 10) == (22, 7)
