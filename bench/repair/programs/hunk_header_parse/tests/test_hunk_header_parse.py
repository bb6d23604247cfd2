import pytest

from hunk_header_parse import PatchError, parse_hunk_header, parse_patch


def test_header_with_counts_and_section():
    assert parse_hunk_header("@@ -10,4 +10,6 @@ def main():") == (10, 4, 10, 6, "def main():")


def test_header_without_counts():
    assert parse_hunk_header("@@ -5 +5 @@") == (5, 1, 5, 1, "")


def test_bad_header_rejected():
    with pytest.raises(PatchError):
        parse_hunk_header("@@ -x +1 @@")


def test_git_style_patch():
    diff = (
        "diff --git a/app.py b/app.py\n"
        "--- a/app.py\n"
        "+++ b/app.py\n"
        "@@ -1,3 +1,3 @@\n"
        " import os\n"
        "-x = 1\n"
        "+x = 2\n"
        " print(x)\n"
    )
    [f] = parse_patch(diff)
    assert f["old"] == "app.py" and f["new"] == "app.py"
    [h] = f["hunks"]
    assert h["lines"] == [(" ", "import os"), ("-", "x = 1"), ("+", "x = 2"), (" ", "print(x)")]


def test_new_file_patch():
    diff = "--- /dev/null\n+++ b/notes.txt\n@@ -0,0 +1,2 @@\n+hello\n+world\n"
    [f] = parse_patch(diff)
    assert f["old"] is None and f["new"] == "notes.txt"
    assert f["hunks"][0]["new_len"] == 2
