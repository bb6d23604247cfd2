import random

from edit_script import diff_counts, edit_script


def _lcs(a, b):
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def _check(a, b):
    script = list(edit_script(a, b))
    assert [line for op, line in script if op != "+"] == list(a)
    assert [line for op, line in script if op != "-"] == list(b)
    assert sum(op == "=" for op, _ in script) == _lcs(a, b)
    assert {op for op, _ in script} <= {"=", "+", "-"}


def test_random_pairs_reconstruct_both_sides():
    rng = random.Random(3)
    for _ in range(300):
        a = [rng.choice("abcd") for _ in range(rng.randint(0, 8))]
        b = [rng.choice("abcd") for _ in range(rng.randint(0, 8))]
        _check(a, b)


def test_random_edits_of_one_file():
    rng = random.Random(9)
    for _ in range(200):
        a = [f"line {rng.randint(0, 5)}" for _ in range(rng.randint(1, 10))]
        b = list(a)
        for _ in range(rng.randint(0, 3)):
            position = rng.randint(0, len(b))
            if rng.random() < 0.5 and position < len(b):
                del b[position]
            else:
                b.insert(position, f"new {rng.randint(0, 3)}")
        _check(a, b)


def test_last_line_deleted():
    assert list(edit_script(["a", "b", "c"], ["a", "b"])) == [("=", "a"), ("=", "b"), ("-", "c")]


def test_last_line_replaced():
    assert list(edit_script(["k", "v1"], ["k", "v2"])) == [("=", "k"), ("-", "v1"), ("+", "v2")]


def test_both_empty():
    assert list(edit_script([], [])) == []
    assert diff_counts([], []) == (0, 0)


def test_file_emptied():
    assert list(edit_script(["x", "y"], [])) == [("-", "x"), ("-", "y")]
    assert diff_counts(["x", "y"], []) == (0, 2)


def test_counts_match_lcs():
    rng = random.Random(21)
    for _ in range(150):
        a = [rng.choice("xyz") for _ in range(rng.randint(0, 7))]
        b = [rng.choice("xyz") for _ in range(rng.randint(0, 7))]
        common = _lcs(a, b)
        assert diff_counts(a, b) == (len(b) - common, len(a) - common)


def test_identical_long_file():
    lines = [f"row {n}" for n in range(40)]
    assert diff_counts(lines, lines) == (0, 0)
    assert len(list(edit_script(lines, lines))) == 40
