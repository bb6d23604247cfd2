import random

from line_diff import change_counts, diff


def _lcs_length(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for k, y in enumerate(b):
            cur.append(prev[k] + 1 if x == y else max(prev[k + 1], cur[k]))
        prev = cur
    return prev[-1]


def _sides(ops):
    old = [line for tag, line in ops if tag != "+"]
    new = [line for tag, line in ops if tag != "-"]
    return old, new


def test_lines_inserted_at_the_front():
    assert diff(["c"], ["a", "b", "c"]) == [("+", "a"), ("+", "b"), (" ", "c")]


def test_trailing_lines_removed():
    assert diff(["a", "b", "c"], ["a"]) == [(" ", "a"), ("-", "b"), ("-", "c")]


def test_two_removed_three_appended():
    ops = diff(["k", "p", "q", "r"], ["k", "r", "s", "t", "u"])
    assert ops == [(" ", "k"), ("-", "p"), ("-", "q"), (" ", "r"),
                   ("+", "s"), ("+", "t"), ("+", "u")]


def test_inserted_early_removed_late():
    ops = diff(["a", "b", "c", "d"], ["a", "n", "b", "c"])
    assert _sides(ops) == (["a", "b", "c", "d"], ["a", "n", "b", "c"])
    assert change_counts(ops) == (1, 1)


def test_random_edit_scripts_are_minimal_and_reconstruct_both_sides():
    rng = random.Random(21)
    for _ in range(300):
        old = [rng.choice("abcde") for _ in range(rng.randint(0, 8))]
        new = [rng.choice("abcde") for _ in range(rng.randint(0, 8))]
        ops = diff(old, new)
        assert _sides(ops) == (old, new)
        common = sum(1 for tag, _ in ops if tag == " ")
        assert common == _lcs_length(old, new)
