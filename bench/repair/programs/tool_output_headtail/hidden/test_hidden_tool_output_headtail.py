from tool_output_headtail import clip_output, tool_result_text


def numbered(count):
    return "\n".join(f"row {n}" for n in range(1, count + 1))


def test_exactly_at_the_limit_is_untouched():
    text, report = clip_output(numbered(7), head=4, tail=3)
    assert text == numbered(7)
    assert report.omitted_lines == 0 and not report.clipped


def test_one_over_the_limit():
    text, report = clip_output(numbered(8), head=4, tail=3)
    assert text.splitlines() == [
        "row 1", "row 2", "row 3", "row 4", "... [1 lines omitted] ...", "row 6", "row 7", "row 8",
    ]
    assert report.omitted_lines == 1 and report.total_lines == 8


def test_tail_only():
    text, report = clip_output(numbered(30), head=0, tail=2)
    assert text.splitlines() == ["... [28 lines omitted] ...", "row 29", "row 30"]
    assert report.omitted_lines == 28


def test_nothing_kept_but_the_marker():
    text, report = clip_output(numbered(12), head=0, tail=0)
    assert text == "... [12 lines omitted] ..."
    assert report.omitted_lines == 12


def test_head_only_various_sizes():
    for total in (6, 10, 41):
        text, report = clip_output(numbered(total), head=5, tail=0)
        assert text.splitlines() == [f"row {n}" for n in range(1, 6)] + [
            f"... [{total - 5} lines omitted] ..."
        ]
        assert report.omitted_lines == total - 5


def test_unequal_head_and_tail():
    text, report = clip_output(numbered(1000), head=1, tail=4)
    assert text.splitlines() == [
        "row 1", "... [995 lines omitted] ...", "row 997", "row 998", "row 999", "row 1000",
    ]
    assert report.total_lines == 1000


def test_result_text_note():
    text = numbered(60) + "\n" + "y" * 50
    result = tool_result_text(text, head=2, tail=3, max_line=20)
    lines = result.splitlines()
    assert lines[:3] == ["row 1", "row 2", "... [56 lines omitted] ..."]
    assert lines[3:5] == ["row 59", "row 60"]
    assert lines[5] == "y" * 20 + "… (+30 chars)"
    assert lines[6] == "[output clipped: 61 lines, 56 omitted, 1 long lines cut]"


def test_result_text_note_without_omission():
    result = tool_result_text("z" * 12, max_line=10)
    assert result == "zzzzzzzzzz… (+2 chars)\n[output clipped: 1 lines, 1 long lines cut]"
