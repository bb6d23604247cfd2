from fuzzy_hunk_locate import find_block, locate_hunk

LINES = ["import os", "", "def a():", "    return 1", "", "def b():", "    return 2", ""]


def test_block_at_expected_line():
    assert find_block(LINES, ["def a():", "    return 1"], 2) == 2


def test_block_moved_down():
    assert find_block(LINES, ["def b():"], 1) == 5


def test_missing_block():
    assert find_block(LINES, ["def c():"], 0) is None


def test_equal_distance_prefers_earlier_match():
    lines = ["x", "pass", "y", "pass", "w"]
    assert find_block(lines, ["pass"], 3) == 3
    assert find_block(lines, ["pass"], 2) == 1


def test_locate_hunk_exact():
    hunk = [(" ", "def b():"), ("-", "    return 2"), ("+", "    return 3")]
    assert locate_hunk(LINES, hunk, 5) == (5, 0)
