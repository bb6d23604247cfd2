import random

from linrec_matrix_power import nth_term


def _naive(coeffs, initial, n, mod):
    values = list(initial)
    while len(values) <= n:
        values.append(sum(c * values[-1 - j] for j, c in enumerate(coeffs)))
    return values[n] % mod


def test_geometric_sequence():
    assert [nth_term([3], [2], n, 10**6) for n in range(6)] == [2, 6, 18, 54, 162, 486]


def test_pell_numbers():
    assert [nth_term([2, 1], [0, 1], n, 10**6) for n in range(8)] == [0, 1, 2, 5, 12, 29, 70, 169]


def test_recurrence_using_only_older_term():
    # f(n) = f(n-2) with f(0)=7, f(1)=4 alternates
    assert [nth_term([0, 1], [7, 4], n, 100) for n in range(6)] == [7, 4, 7, 4, 7, 4]


def test_padovan():
    padovan = [1, 1, 1, 2, 2, 3, 4, 5, 7, 9, 12, 16, 21]
    assert [nth_term([0, 1, 1], [1, 1, 1], n, 1000) for n in range(13)] == padovan


def test_negative_values_reduced():
    assert nth_term([1, -1], [3, -2], 0, 10) == 3
    assert nth_term([1, -1], [3, -2], 1, 10) == 8
    assert nth_term([1, -1], [3, -2], 7, 10) == _naive([1, -1], [3, -2], 7, 10)


def test_against_naive():
    rng = random.Random(2)
    for _ in range(300):
        k = rng.randint(1, 4)
        coeffs = [rng.randint(-3, 5) for _ in range(k)]
        initial = [rng.randint(-5, 9) for _ in range(k)]
        n = rng.randint(0, 70)
        mod = rng.randint(1, 1000)
        assert nth_term(coeffs, initial, n, mod) == _naive(coeffs, initial, n, mod)


def test_huge_index_lucas():
    assert nth_term([1, 1], [2, 1], 10**15, 1000) == _lucas_mod_1000(10**15)


def _lucas_mod_1000(n):
    # Pisano-style period of Lucas numbers mod 1000 is 1500
    a, b = 2, 1
    for _ in range(n % 1500):
        a, b = b, (a + b) % 1000
    return a
