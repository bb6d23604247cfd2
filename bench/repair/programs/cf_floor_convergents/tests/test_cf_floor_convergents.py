from fractions import Fraction

from cf_floor_convergents import best_approximation, convergents, evaluate, expand

PI = Fraction(3141592653589793, 10**15)


def test_expand_positive():
    assert expand(Fraction(415, 93)) == [4, 2, 6, 7]
    assert expand(Fraction(3, 7)) == [0, 2, 3]


def test_expand_integer():
    assert expand(5) == [5]


def test_expand_negative():
    assert expand(Fraction(-7, 3)) == [-3, 1, 2]


def test_round_trip():
    for x in [Fraction(415, 93), Fraction(-22, 7), Fraction(1, 9), Fraction(-8, 5)]:
        assert evaluate(expand(x)) == x


def test_convergents_of_pi():
    assert convergents([3, 7, 15, 1]) == [
        Fraction(3), Fraction(22, 7), Fraction(333, 106), Fraction(355, 113)
    ]


def test_best_approximation_of_pi():
    assert best_approximation(PI, 1000) == Fraction(355, 113)
    assert best_approximation(PI, 10) == Fraction(22, 7)
