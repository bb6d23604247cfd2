from grep_context_tool import context_groups, grep

TEXT = "\n".join(f"{'hit' if n in (2, 4, 9, 10, 15) else 'line'} {n}" for n in range(1, 17)) + "\n"


def test_groups_touching_ranges_merge():
    assert context_groups([2, 5], 10, 1, 1) == [(1, 7)]
    assert context_groups([2, 6], 10, 1, 1) == [(1, 4), (5, 8)]
    assert context_groups([0, 1], 5, 0, 0) == [(0, 2)]
    assert context_groups([0, 2], 5, 0, 0) == [(0, 1), (2, 3)]


def test_groups_before_only_and_after_only():
    assert context_groups([3, 5], 9, 2, 0) == [(1, 6)]
    assert context_groups([1, 4], 9, 0, 2) == [(1, 7)]
    assert context_groups([1, 5], 9, 0, 2) == [(1, 4), (5, 8)]


def test_groups_clip_at_the_edges():
    assert context_groups([0, 8], 9, 3, 3) == [(0, 4), (5, 9)]
    assert context_groups([], 9, 3, 3) == []


def test_grep_after_context_touching():
    assert grep(TEXT, "hit", after=1, max_matches=2) == "2:hit 2\n3-line 3\n4:hit 4\n5-line 5"


def test_grep_before_context_touching():
    assert grep(TEXT, "hit", before=2, max_matches=4) == (
        "1-line 1\n2:hit 2\n3-line 3\n4:hit 4\n--\n7-line 7\n8-line 8\n9:hit 9\n10:hit 10"
    )


def test_grep_one_line_gap_keeps_separator():
    assert grep(TEXT, r"hit (10|15)", before=1, after=2) == (
        "9-hit 9\n10:hit 10\n11-line 11\n12-line 12\n--\n14-line 14\n15:hit 15\n16-line 16"
    )


def test_grep_contiguous_without_context_has_no_separator():
    assert grep(TEXT, "hit") == "2:hit 2\n4:hit 4\n9:hit 9\n10:hit 10\n15:hit 15"


def test_grep_every_line_is_context_or_hit():
    output = grep(TEXT, "hit", before=3, after=3)
    assert "--" not in output
    assert [row.split("-")[0].split(":")[0] for row in output.splitlines()] == [
        str(n) for n in range(1, 17)]


def test_grep_max_matches_zero_and_case():
    assert grep(TEXT, "hit", max_matches=0) == "No matches found."
    assert grep(TEXT, "HIT 1", ignore_case=True, after=1) == "10:hit 10\n11-line 11\n--\n15:hit 15\n16-line 16"
