import itertools
import random

import pytest

from crt_solver import crt, extended_gcd, mod_inverse


def brute_force(residues, moduli):
    total = 1
    for m in moduli:
        total *= m
    for x in range(total):
        if all(x % m == r % m for r, m in zip(residues, moduli)):
            return x
    raise AssertionError("no solution")


def test_two_congruences():
    assert crt([1, 2], [4, 9]) == (29, 36)
    assert crt([0, 0], [5, 8]) == (0, 40)


def test_residues_larger_than_moduli_and_negative():
    assert crt([10, -1], [3, 4]) == (7, 12)


def test_four_moduli():
    x, total = crt([1, 2, 3, 4], [5, 7, 9, 11])
    assert total == 3465
    assert [x % m for m in (5, 7, 9, 11)] == [1, 2, 3, 4]


def test_random_against_brute_force():
    rng = random.Random(99)
    pool = [2, 3, 5, 7, 11, 13, 4, 9, 25]
    for _ in range(200):
        count = rng.randint(1, 3)
        moduli = []
        for m in rng.sample(pool, len(pool)):
            if all(extended_gcd(m, other)[0] == 1 for other in moduli):
                moduli.append(m)
            if len(moduli) == count:
                break
        residues = [rng.randint(-20, 40) for _ in moduli]
        x, total = crt(residues, moduli)
        assert 0 <= x < total
        assert x == brute_force(residues, moduli), (residues, moduli)


def test_every_residue_pair_mod_3_and_5():
    seen = set()
    for r1, r2 in itertools.product(range(3), range(5)):
        x, _ = crt([r1, r2], [3, 5])
        assert (x % 3, x % 5) == (r1, r2)
        seen.add(x)
    assert seen == set(range(15))


def test_mismatched_lengths():
    with pytest.raises(ValueError):
        crt([1, 2], [3])


def test_inverse_of_negative_number():
    assert mod_inverse(-3, 7) == 2
