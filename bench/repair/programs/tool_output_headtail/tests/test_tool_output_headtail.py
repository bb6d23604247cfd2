import pytest

from tool_output_headtail import clip_output, tool_result_text


def numbered(count):
    return "\n".join(f"row {n}" for n in range(1, count + 1))


def test_short_output_untouched():
    text, report = clip_output("a\nb\nc", head=5, tail=5)
    assert text == "a\nb\nc"
    assert not report.clipped


def test_head_and_tail_kept():
    text, report = clip_output(numbered(100), head=3, tail=2)
    assert text.splitlines() == [
        "row 1", "row 2", "row 3", "... [95 lines omitted] ...", "row 99", "row 100",
    ]
    assert report.omitted_lines == 95


def test_head_only():
    text, _ = clip_output(numbered(50), head=2, tail=0)
    assert text.splitlines() == ["row 1", "row 2", "... [48 lines omitted] ..."]


def test_long_line_cut():
    text, report = clip_output("x" * 30 + "\nshort", max_line=10)
    assert text == "xxxxxxxxxx… (+20 chars)\nshort"
    assert report.cut_lines == 1


def test_bad_limits():
    with pytest.raises(ValueError):
        clip_output("abc", head=-1)
    with pytest.raises(ValueError):
        clip_output("abc", max_line=0)


def test_result_text_unclipped_has_no_note():
    assert tool_result_text("ok\ndone") == "ok\ndone"
