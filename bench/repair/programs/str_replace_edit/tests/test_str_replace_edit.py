import pytest

from str_replace_edit import EditError, apply_edit, apply_edits


def test_replaces_a_unique_occurrence():
    text = "def greet():\n    print('hi')\n"
    result = apply_edit(text, "print('hi')", "print('hello')")
    assert result.text == "def greet():\n    print('hello')\n"
    assert result.replacements == 1
    assert result.first_line == 2


def test_missing_text_is_refused():
    with pytest.raises(EditError, match="not found"):
        apply_edit("alpha\nbeta\n", "gamma", "delta")


def test_ambiguous_text_needs_replace_all():
    text = "x = 1\ny = 1\n"
    with pytest.raises(EditError, match="2 times"):
        apply_edit(text, "= 1", "= 2")
    result = apply_edit(text, "= 1", "= 2", replace_all=True)
    assert result.text == "x = 2\ny = 2\n"
    assert result.replacements == 2


def test_crlf_file_keeps_its_line_endings():
    text = "first\r\nsecond\r\nthird\r\n"
    result = apply_edit(text, "second\nthird", "2nd\n3rd\n3rd and a half")
    assert result.text == "first\r\n2nd\r\n3rd\r\n3rd and a half\r\n"


def test_edits_apply_in_order():
    text = "a = 1\nb = 2\n"
    edits = [
        {"old_string": "a = 1", "new_string": "a = 10"},
        {"old_string": "a = 10\nb = 2", "new_string": "a = 10\nb = 20\nc = 30"},
    ]
    assert apply_edits(text, edits) == "a = 10\nb = 20\nc = 30\n"


def test_failed_edit_names_its_number():
    with pytest.raises(EditError, match="edit 2"):
        apply_edits("one\ntwo\n", [{"old_string": "one", "new_string": "1"},
                                   {"old_string": "three", "new_string": "3"}])
