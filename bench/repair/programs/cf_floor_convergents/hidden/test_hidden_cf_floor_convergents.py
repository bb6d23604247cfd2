import random
from fractions import Fraction

from cf_floor_convergents import best_approximation, convergents, evaluate, expand


def test_expand_negatives():
    assert expand(Fraction(-415, 93)) == [-5, 1, 1, 6, 7]
    assert expand(Fraction(-1, 2)) == [-1, 2]
    assert expand(-5) == [-5]
    assert expand(Fraction(-22, 7)) == [-4, 1, 6]


def test_terms_after_the_first_are_positive():
    rng = random.Random(5)
    for _ in range(300):
        x = Fraction(rng.randint(-5000, 5000), rng.randint(1, 700))
        terms = expand(x)
        assert all(a >= 1 for a in terms[1:])
        assert evaluate(terms) == x


def test_convergents_of_negative_number():
    assert convergents(expand(Fraction(-7, 3))) == [Fraction(-3), Fraction(-2), Fraction(-7, 3)]


def test_best_approximation_negative():
    assert best_approximation(Fraction(-7, 3), 2) == Fraction(-5, 2)
    assert best_approximation(Fraction(-355, 113), 10) == Fraction(-22, 7)


def test_best_approximation_matches_limit_denominator():
    rng = random.Random(11)
    for _ in range(2000):
        x = Fraction(rng.randint(-10**6, 10**6), rng.randint(1, 10**5))
        d = rng.randint(1, 3000)
        assert best_approximation(x, d) == x.limit_denominator(d)


def test_best_approximation_semiconvergent():
    pi = Fraction(3141592653589793, 10**15)
    assert best_approximation(pi, 100) == Fraction(311, 99)
