import pytest

from sms_segment_split import segment, split_numbered


def test_exact_fit_and_one_over():
    assert segment("ab cd", limit=5) == ["ab cd"]
    assert segment("ab cd", limit=4) == ["ab", "cd"]
    assert segment("abc de fg", limit=5) == ["abc", "de fg"]


def test_whitespace_collapses():
    assert segment("  hi \n\t there  ", limit=20) == ["hi there"]
    assert segment("", limit=5) == []


def test_long_word_between_short_ones():
    assert segment("ok abcdefg ok", limit=3) == ["ok", "abc", "def", "g", "ok"]


def test_numbered_parts_exact():
    assert split_numbered("aa bb cc dd ee", limit=11) == \
        ["aa bb (1/3)", "cc dd (2/3)", "ee (3/3)"]


def test_numbered_width_grows_with_count():
    text = " ".join(["w"] * 30)
    parts = split_numbered(text, limit=12)
    assert all(len(p) <= 12 for p in parts)
    assert len(parts) >= 10
    assert parts[-1].endswith(f"({len(parts)}/{len(parts)})")
    assert " ".join(p.rsplit(" (", 1)[0] for p in parts) == text


def test_single_part_is_not_numbered_and_bad_limit():
    assert split_numbered("short", limit=10) == ["short"]
    with pytest.raises(ValueError):
        segment("x", limit=0)
