import pytest

from str_replace_edit import EditError, apply_edit, apply_edits


def test_crlf_single_line_edit():
    result = apply_edit("a\r\nb\r\nc\r\n", "b", "beta")
    assert result.text == "a\r\nbeta\r\nc\r\n"
    assert result.first_line == 2


def test_crlf_new_text_gains_lines():
    result = apply_edit("head\r\nbody\r\ntail\r\n", "body", "body 1\nbody 2\nbody 3")
    assert result.text == "head\r\nbody 1\r\nbody 2\r\nbody 3\r\ntail\r\n"
    assert "\n" not in result.text.replace("\r\n", "")


def test_crlf_new_text_already_crlf_is_not_doubled():
    result = apply_edit("p\r\nq\r\n", "p\nq", "P\r\nQ")
    assert result.text == "P\r\nQ\r\n"


def test_crlf_replace_all_with_multiline_new():
    text = "x\r\nsep\r\ny\r\nsep\r\nz\r\n"
    result = apply_edit(text, "sep", "--\n--", replace_all=True)
    assert result.text == "x\r\n--\r\n--\r\ny\r\n--\r\n--\r\nz\r\n"
    assert result.replacements == 2
    assert result.first_line == 2


def test_crlf_edit_removing_lines():
    result = apply_edit("a\r\nb\r\nc\r\nd\r\n", "b\nc\n", "")
    assert result.text == "a\r\nd\r\n"


def test_lf_file_is_left_with_lf():
    result = apply_edit("a\nb\n", "a\nb", "A\nmid\nB")
    assert result.text == "A\nmid\nB\n"


def test_lf_file_keeps_new_text_verbatim():
    result = apply_edit("key: 1\n", "1", "two\r\nlines")
    assert result.text == "key: two\r\nlines\n"


def test_crlf_multi_edit_sequence():
    text = "one\r\ntwo\r\nthree\r\n"
    edits = [
        {"old_string": "two", "new_string": "two\ntwo and a half"},
        {"old_string": "two and a half\nthree", "new_string": "3"},
    ]
    assert apply_edits(text, edits) == "one\r\ntwo\r\n3\r\n"


def test_refusals():
    with pytest.raises(EditError, match="empty"):
        apply_edit("abc", "", "x")
    with pytest.raises(EditError, match="identical"):
        apply_edit("abc", "b", "b")
    with pytest.raises(EditError, match="3 times"):
        apply_edit("a\r\na\r\na\r\n", "a", "b\nc")


def test_first_line_counts_lines_before_the_match():
    assert apply_edit("1\n2\n3\n4\n", "3\n4", "x").first_line == 3
    assert apply_edit("only", "only", "x").first_line == 1
