import pytest

from hunk_header_parse import PatchError, parse_hunk_header, parse_patch


def test_mixed_omitted_counts():
    assert parse_hunk_header("@@ -1,3 +1 @@") == (1, 3, 1, 1, "")
    assert parse_hunk_header("@@ -7 +7,2 @@ class A:") == (7, 1, 7, 2, "class A:")
    assert parse_hunk_header("@@ -3,0 +4 @@") == (3, 0, 4, 1, "")


def test_single_line_replace_then_next_file():
    diff = (
        "--- a/one.txt\n+++ b/one.txt\n@@ -2 +2 @@\n-old\n+new\n"
        "--- a/two.txt\n+++ b/two.txt\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
    )
    files = parse_patch(diff)
    assert [f["new"] for f in files] == ["one.txt", "two.txt"]
    assert files[0]["hunks"][0]["lines"] == [("-", "old"), ("+", "new")]
    assert files[0]["hunks"][0]["new_len"] == 1
    assert files[1]["hunks"][0]["lines"] == [(" ", "a"), ("-", "b"), ("+", "c")]


def test_no_newline_marker_skipped():
    diff = "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n"
    [f] = parse_patch(diff)
    assert f["hunks"][0]["lines"] == [("-", "a"), ("+", "b")]


def test_multiple_hunks_one_file():
    diff = (
        "--- a/m.py\n+++ b/m.py\n"
        "@@ -1,2 +1,2 @@\n-a\n+A\n b\n"
        "@@ -9,2 +9,3 @@ def g():\n c\n+d\n e\n"
    )
    [f] = parse_patch(diff)
    assert [h["old_start"] for h in f["hunks"]] == [1, 9]
    assert f["hunks"][1]["new_len"] == 3


def test_short_hunk_rejected():
    with pytest.raises(PatchError):
        parse_patch("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n b\n")


def test_hunk_before_header_rejected():
    with pytest.raises(PatchError):
        parse_patch("@@ -1 +1 @@\n-a\n+b\n")


def test_deleted_file():
    diff = "--- a/gone.txt\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n"
    [f] = parse_patch(diff)
    assert f["old"] == "gone.txt" and f["new"] is None
    assert len(f["hunks"][0]["lines"]) == 2
