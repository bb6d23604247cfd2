import random

from transcript_line_diff import diff_lines, lcs_table


def old_side(ops):
    return [line for tag, line in ops if tag != "+"]


def new_side(ops):
    return [line for tag, line in ops if tag != "-"]


def test_inserted_line_in_middle():
    assert diff_lines(["a", "c"], ["a", "b", "c"]) == [(" ", "a"), ("+", "b"), (" ", "c")]


def test_removed_first_line():
    assert diff_lines(["x", "a", "b"], ["a", "b"]) == [("-", "x"), (" ", "a"), (" ", "b")]


def test_replaced_block_lists_deletions_first():
    assert diff_lines(["a", "b"], ["c", "d"]) == [("-", "a"), ("-", "b"), ("+", "c"), ("+", "d")]


def test_empty_sides():
    assert diff_lines([], ["a"]) == [("+", "a")]
    assert diff_lines(["a"], []) == [("-", "a")]
    assert diff_lines([], []) == []


def test_moved_line():
    ops = diff_lines(["a", "b", "c", "d"], ["b", "c", "d", "a"])
    assert ops == [("-", "a"), (" ", "b"), (" ", "c"), (" ", "d"), ("+", "a")]


def test_random_diffs_are_minimal_and_consistent():
    rng = random.Random(3)
    for _ in range(400):
        a = [rng.choice("abcd") for _ in range(rng.randint(0, 9))]
        b = [rng.choice("abcd") for _ in range(rng.randint(0, 9))]
        ops = diff_lines(a, b)
        assert old_side(ops) == a
        assert new_side(ops) == b
        kept = sum(1 for tag, _ in ops if tag == " ")
        assert kept == lcs_table(a, b)[0][0]
