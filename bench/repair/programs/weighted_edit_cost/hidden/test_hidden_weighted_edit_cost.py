import itertools
import random
from functools import cache

from weighted_edit_cost import closest, edit_cost, within


def reference(source, target, insert, delete, substitute):
    @cache
    def go(i, j):
        if i == len(source):
            return (len(target) - j) * insert
        if j == len(target):
            return (len(source) - i) * delete
        options = [delete + go(i + 1, j), insert + go(i, j + 1)]
        options.append(go(i + 1, j + 1) + (0 if source[i] == target[j] else substitute))
        return min(options)

    return go(0, 0)


def test_asymmetric_prices_depend_on_direction():
    assert edit_cost("abcd", "a", insert=2, delete=7) == 21
    assert edit_cost("a", "abcd", insert=2, delete=7) == 6


def test_only_deletions_needed():
    assert edit_cost("banana", "bnn", insert=1, delete=3, substitute=100) == 9


def test_mixed_prices_against_reference():
    rng = random.Random(11)
    for _ in range(300):
        source = "".join(rng.choice("abc") for _ in range(rng.randint(0, 6)))
        target = "".join(rng.choice("abc") for _ in range(rng.randint(0, 6)))
        insert, delete, substitute = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 9)
        expected = reference(source, target, insert, delete, substitute)
        assert edit_cost(source, target, insert, delete, substitute) == expected


def test_closest_with_cheap_insertions():
    # reaching "catalog" needs insertions only, which are cheap here
    words = ["catalog", "ca"]
    assert closest("cat", words, insert=1, delete=6) == "catalog"
    assert closest("cat", words, insert=6, delete=1) == "ca"


def test_closest_tie_goes_to_alphabetical_first():
    assert closest("bat", ["cat", "hat", "bad"]) == "bad"


def test_within_orders_by_cost_then_name():
    words = ["ab", "abc", "abcd", "b", "zzz"]
    assert within("abc", words, budget=4, insert=1, delete=3) == ["abc", "abcd", "ab", "zzz"]


def test_symmetric_prices_symmetric_distance():
    for a, b in itertools.product(["", "ab", "ba", "abc"], repeat=2):
        assert edit_cost(a, b, insert=2, delete=2, substitute=3) == edit_cost(
            b, a, insert=2, delete=2, substitute=3)
