import pytest

from word_wrap import ragged_cost, wrap


def test_short_text_fits_on_one_line():
    assert wrap("hello world", 20) == ["hello world"]


def test_empty_text():
    assert wrap("   ", 10) == []


def test_bad_width():
    with pytest.raises(ValueError):
        wrap("x", 0)


def test_wraps_at_word_boundaries():
    assert wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]


def test_line_may_be_exactly_width():
    assert wrap("aaaa bbbb cc", 9) == ["aaaa bbbb", "cc"]


def test_ragged_cost():
    assert ragged_cost(["ab", "abc", "a"], 4) == 5
