from fuzzy_hunk_locate import find_block, locate_hunk


def test_tie_goes_to_earlier_for_multi_line_block():
    lines = ["a", "b", "q", "q", "a", "b"]
    assert find_block(lines, ["a", "b"], 2) == 0
    assert find_block(["k", "m", "k"], ["k"], 1) == 0


def test_closer_later_match_still_wins():
    lines = ["t", "-", "-", "-", "t", "-"]
    assert find_block(lines, ["t"], 3) == 4


def test_max_offset_limits_search():
    lines = ["a", "b", "c", "target", "d"]
    assert find_block(lines, ["target"], 0, max_offset=2) is None
    assert find_block(lines, ["target"], 0, max_offset=3) == 3


def test_expected_clamped_into_range():
    assert find_block(["x", "y", "z"], ["y", "z"], 10) == 1
    assert find_block(["x", "y"], ["x"], -4) == 0
    assert find_block(["x"], ["x", "y"], 0) is None


def test_fuzz_drops_stale_context():
    lines = ["header", "changed ctx", "old line", "tail"]
    hunk = [(" ", "stale ctx"), ("-", "old line"), ("+", "new line"), (" ", "tail")]
    assert locate_hunk(lines, hunk, 1) is None
    assert locate_hunk(lines, hunk, 1, fuzz=1) == (1, 1)


def test_hunk_with_shifted_file_and_tie():
    lines = ["def f():", "    pass", "", "", "def f():", "    pass"]
    hunk = [(" ", "def f():"), ("-", "    pass"), ("+", "    return 0")]
    assert locate_hunk(lines, hunk, 2) == (0, 0)
    assert locate_hunk(lines, hunk, 3) == (4, 0)
