import pytest

from min_raggedness_wrap import break_points, fill, raggedness


def test_short_text_stays_on_one_line():
    assert fill("hello world", 20) == ["hello world"]


def test_empty_text_has_no_lines():
    assert fill("   ", 10) == []


def test_word_longer_than_width_is_rejected():
    with pytest.raises(ValueError):
        fill("a extraordinarily long word", 8)


def test_beats_greedy_filling():
    # greedy would give "aaa bb" / "cc" / "ddddd", a cost of 16
    assert fill("aaa bb cc ddddd", 6) == ["aaa", "bb cc", "ddddd"]


def test_lines_fit_and_keep_every_word():
    text = "Now is the time for all good men to come to the aid of their party"
    lines = fill(text, 15)
    assert all(len(line) <= 15 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_pangram_at_width_ten():
    lines = fill("The quick brown fox jumps over the lazy dog", 10)
    assert lines == ["The quick", "brown fox", "jumps over", "the lazy", "dog"]
    assert raggedness(lines, 10) == 6


def test_break_points():
    words = "one two three four five six seven eight nine ten".split()
    assert break_points(words, 16) == [3, 6, 9]
