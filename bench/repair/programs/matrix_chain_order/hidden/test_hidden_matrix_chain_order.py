import random
from functools import lru_cache

from matrix_chain_order import chain_order, left_to_right_cost


def _brute(dims):
    @lru_cache(maxsize=None)
    def best(i, j):
        if i == j:
            return 0
        return min(best(i, k) + best(k + 1, j) + dims[i] * dims[k + 1] * dims[j + 1]
                   for k in range(i, j))
    return best(0, len(dims) - 2)


def _evaluate(expr, dims):
    """Cost and shape of a parenthesization string, checking it multiplies every matrix once."""
    pos = 0

    def parse():
        nonlocal pos
        if expr[pos] == "(":
            pos += 1
            left_cost, (rows, inner) = parse()
            right_cost, (inner2, cols) = parse()
            assert inner == inner2
            assert expr[pos] == ")"
            pos += 1
            return left_cost + right_cost + rows * inner * cols, (rows, cols)
        index = ord(expr[pos]) - ord("A")
        pos += 1
        return 0, (dims[index], dims[index + 1])

    cost, shape = parse()
    assert pos == len(expr)
    assert shape == (dims[0], dims[-1])
    return cost


def test_against_brute_force():
    rng = random.Random(3)
    for _ in range(150):
        dims = [rng.randint(1, 40) for _ in range(rng.randint(2, 9))]
        cost, expr = chain_order(dims)
        assert cost == _brute(tuple(dims)), dims
        assert _evaluate(expr, dims) == cost, (dims, expr)
        assert sorted(c for c in expr if c.isalpha()) == [chr(65 + i) for i in range(len(dims) - 1)]


def test_three_matrices_prefer_right_split():
    assert chain_order([50, 10, 40, 5]) == (10 * 40 * 5 + 50 * 10 * 5, "(A(BC))")


def test_three_matrices_prefer_left_split():
    assert chain_order([10, 100, 5, 50]) == (10 * 100 * 5 + 10 * 5 * 50, "((AB)C)")


def test_ties_take_the_leftmost_split():
    assert chain_order([2, 2, 2, 2]) == (16, "(A(BC))")
    assert chain_order([1, 3, 3, 3, 1])[1] == "(A(B(CD)))"


def test_optimum_never_worse_than_naive():
    dims = [40, 20, 30, 10, 30]
    cost, _ = chain_order(dims)
    assert cost == 26000
    assert cost <= left_to_right_cost(dims)
