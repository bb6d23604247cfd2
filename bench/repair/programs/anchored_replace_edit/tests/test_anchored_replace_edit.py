import pytest

from anchored_replace_edit import EditError, replace_all, replace_once

SRC = "def f(x):\n    y = x + 1\n    return y\n"


def test_exact_replacement():
    assert replace_once(SRC, "x + 1", "x + 2") == "def f(x):\n    y = x + 2\n    return y\n"


def test_ambiguous_text_rejected():
    with pytest.raises(EditError, match="2 times"):
        replace_once("a = 1\na = 1\n", "a = 1", "a = 2")


def test_missing_text_rejected():
    with pytest.raises(EditError, match="not found"):
        replace_once(SRC, "return z", "return y")


def test_trailing_whitespace_in_file_tolerated():
    src = "if ok:   \n    run()\nrun()\n"
    assert replace_once(src, "if ok:\n    run()\n", "if ok:\n    go()\n") == "if ok:\n    go()\nrun()\n"


def test_replace_all():
    assert replace_all("a-b-c", "-", "+") == ("a+b+c", 2)
