import random

from levenshtein import closest, distance


def _reference(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(
                table[i - 1][j] + 1,
                table[i][j - 1] + 1,
                table[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
    return table[-1][-1]


def test_deletion_costs_one():
    assert distance("ab", "a") == 1
    assert distance("flaw", "law") == 1


def test_symmetry_and_reference():
    rng = random.Random(9)
    for _ in range(200):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 7)))
        b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 7)))
        assert distance(a, b) == _reference(a, b)
        assert distance(a, b) == distance(b, a)


def test_closest_prefers_first_on_tie():
    assert closest("cat", ["bat", "cap", "car"]) == "bat"
    assert closest("list_dir", ["list_files", "list_dirs"]) == "list_dirs"
