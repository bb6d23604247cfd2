import difflib
import random

import pytest

from unified_hunk_apply import HunkError, apply_hunk, parse_hunk


def _hunks(before: str, after: str, context: int) -> list[str]:
    """The hunks of difflib's unified diff, each with its @@ header."""
    diff = list(difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=context))[2:]
    hunks: list[str] = []
    for line in diff:
        if line.startswith("@@"):
            hunks.append(line)
        else:
            hunks[-1] += line if line.endswith("\n") else line + "\n"
    return hunks


def test_omitted_counts_on_either_side():
    assert parse_hunk("@@ -3 +3,2 @@\n-c\n+c1\n+c2\n") == (2, ["c"], ["c1", "c2"])
    assert parse_hunk("@@ -3,2 +3 @@\n-c\n-d\n+cd\n") == (2, ["c", "d"], ["cd"])
    assert parse_hunk("@@ -1 +0,0 @@\n-only\n") == (0, ["only"], [])
    assert parse_hunk("@@ -0,0 +1 @@\n+first\n") == (0, [], ["first"])


def test_omitted_count_with_offset():
    text, offset = apply_hunk("x\ny\na\nb\nc\n", "@@ -2 +2 @@\n-b\n+B\n")
    assert (text, offset) == ("x\ny\na\nB\nc\n", 2)


def test_omitted_count_deleting_the_last_line():
    assert apply_hunk("a\nb\n", "@@ -2 +1,0 @@\n-b\n") == ("a\n", 0)
    assert apply_hunk("solo\n", "@@ -1 +0,0 @@\n-solo\n") == ("", 0)


def test_insert_into_empty_file():
    assert apply_hunk("", "@@ -0,0 +1 @@\n+hello\n") == ("hello\n", 0)


def test_difflib_hunks_apply_bottom_up():
    rng = random.Random(17)
    words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
    for _ in range(150):
        before = [rng.choice(words) for _ in range(rng.randint(1, 14))]
        after = list(before)
        for _ in range(rng.randint(1, 3)):
            action = rng.choice(["change", "insert", "delete"])
            spot = rng.randrange(len(after) + (action == "insert")) if after else 0
            if action == "change" and after:
                after[spot] = after[spot].upper()
            elif action == "insert" or not after:
                after.insert(spot, rng.choice(words) + "!")
            else:
                del after[spot]
        old_text = "".join(w + "\n" for w in before)
        new_text = "".join(w + "\n" for w in after)
        for context in (0, 1, 3):
            text = old_text
            for hunk in reversed(_hunks(old_text, new_text, context)):
                text, offset = apply_hunk(text, hunk)
                assert offset == 0
            assert text == new_text, (before, after, context)


def test_nearest_offset_wins_and_earlier_on_tie():
    text = "k\nv\nk\nv\nk\n"
    assert apply_hunk(text, "@@ -2,3 +2,3 @@\n v\n-k\n+K\n v\n") == ("k\nv\nK\nv\nk\n", 0)
    assert apply_hunk("q\nk\nq\nq\nq\nk\n", "@@ -4 +4 @@\n-k\n+K\n")[1] == -2


def test_too_far_away_is_refused():
    text = "".join(f"line {i}\n" for i in range(20))
    with pytest.raises(HunkError):
        apply_hunk(text, "@@ -5 +5 @@\n-line 12\n+LINE 12\n")
    assert apply_hunk(text, "@@ -5 +5 @@\n-line 12\n+LINE 12\n", max_offset=8)[1] == 8


def test_bad_header_and_bad_line():
    with pytest.raises(HunkError):
        parse_hunk("@@ -a +b @@\n x\n")
    with pytest.raises(HunkError):
        parse_hunk("@@ -1 +1 @@\n*x\n")
    with pytest.raises(HunkError, match="counts"):
        parse_hunk("@@ -1 +1 @@\n-a\n-b\n+c\n")
