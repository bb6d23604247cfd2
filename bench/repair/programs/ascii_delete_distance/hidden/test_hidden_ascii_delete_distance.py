from functools import lru_cache

from ascii_delete_distance import delete_cost_table, kept_weight, min_delete_sum


def reference(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a):
            return sum(map(ord, b[j:]))
        if j == len(b):
            return sum(map(ord, a[i:]))
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return min(ord(a[i]) + go(i + 1, j), ord(b[j]) + go(i, j + 1))

    return go(0, 0)


def test_empty_first_string():
    assert min_delete_sum("", "xyz") == ord("x") + ord("y") + ord("z")


def test_both_empty():
    assert min_delete_sum("", "") == 0
    assert kept_weight("", "") == 0


def test_symmetric():
    assert min_delete_sum("eat", "sea") == min_delete_sum("sea", "eat")


def test_table_borders_are_prefix_sums():
    table = delete_cost_table("ab", "xyz")
    assert table[0] == [0, 120, 241, 363]
    assert [row[0] for row in table] == [0, 97, 195]


def test_disjoint_alphabets():
    assert min_delete_sum("abc", "xyz") == sum(map(ord, "abcxyz"))
    assert kept_weight("abc", "xyz") == 0


def test_against_reference():
    pairs = [
        ("ccaccjp", "fwosarcwge"),
        ("banana", "ananas"),
        ("xaby", "bzax"),
        ("ba", "ab"),
        ("hello world", "yellow word"),
        ("zzab", "abzz"),
    ]
    for a, b in pairs:
        assert min_delete_sum(a, b) == reference(a, b), (a, b)
