import pytest

from anchored_replace_edit import EditError, replace_all, replace_once


def test_loose_match_keeps_indentation_distinct():
    src = "for a in b:\n    x = 1 \n        x = 1 \n"
    assert replace_once(src, "    x = 1\n", "    x = 2\n") == "for a in b:\n    x = 2\n        x = 1 \n"


def test_loose_match_on_crlf_file_line():
    src = "a\r\nb\r\nc\r\n"
    assert replace_once(src, "b\nc", "B\nC") == "a\r\nB\nC\n"


def test_loose_match_does_not_ignore_leading_whitespace():
    with pytest.raises(EditError, match="not found"):
        replace_once("def f():\n    pass \n", "pass\n", "return 1\n")


def test_loose_ambiguous():
    with pytest.raises(EditError, match="ambiguous"):
        replace_once("x \ny\nx  \ny\n", "x\ny", "z")


def test_overlapping_occurrences_count_as_ambiguous():
    with pytest.raises(EditError, match="2 times"):
        replace_once("aaa", "aa", "b")


def test_empty_old_rejected():
    with pytest.raises(EditError):
        replace_once("abc", "", "x")
    with pytest.raises(EditError):
        replace_all("abc", "", "x")


def test_replace_all_missing():
    with pytest.raises(EditError):
        replace_all("abc", "z", "y")
