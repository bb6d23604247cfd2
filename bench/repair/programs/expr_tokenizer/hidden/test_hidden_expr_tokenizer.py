import pytest

from expr_tokenizer import TokenizeError, tokenize


def test_leading_underscore_and_trailing_underscore_names():
    assert [(t.kind, t.text) for t in tokenize("_tmp + max__ - a_1_b")] == [
        ("name", "_tmp"), ("op", "+"), ("name", "max__"), ("op", "-"), ("name", "a_1_b"),
    ]


def test_call_with_snake_case_arguments():
    texts = [t.text for t in tokenize("clamp(raw_value, lo_bound, hi_bound)")]
    assert texts == ["clamp", "(", "raw_value", ",", "lo_bound", ",", "hi_bound", ")"]


def test_error_position_on_later_line():
    with pytest.raises(TokenizeError) as error:
        tokenize("a = 1\nb = 2\n  c ? d")
    assert (error.value.line, error.value.column) == (3, 5)


def test_columns_on_many_lines():
    source = "first\n  second\n\n    third_one"
    names = [(t.text, t.line, t.column) for t in tokenize(source) if t.kind == "name"]
    assert names == [("first", 1, 1), ("second", 2, 3), ("third_one", 4, 5)]


def test_newline_tokens_positions():
    newlines = [(t.line, t.column) for t in tokenize("ab\ncde\n\nf") if t.kind == "newline"]
    assert newlines == [(1, 3), (2, 4), (3, 1)]


def test_windows_line_endings():
    tokens = tokenize("a\r\nbb_c + 1")
    assert [(t.text, t.line, t.column) for t in tokens if t.kind != "newline"] == [
        ("a", 1, 1), ("bb_c", 2, 1), ("+", 2, 6), ("1", 2, 8),
    ]


def test_second_dot_starts_new_token():
    assert [t.text for t in tokenize("1.2.3")] == ["1.2", ".3"]


def test_comparisons():
    assert [t.text for t in tokenize("a<=b>=c==d<e>f")] == [
        "a", "<=", "b", ">=", "c", "==", "d", "<", "e", ">", "f",
    ]
