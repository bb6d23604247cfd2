from csv_field_escape import escape_field, format_row, format_rows, parse_line


def test_plain_values_are_not_quoted():
    assert format_row(["id", 42, 3.5]) == "id,42,3.5"


def test_none_becomes_empty_field():
    assert format_row(["a", None, "c"]) == "a,,c"


def test_field_with_delimiter_is_quoted():
    assert escape_field("Smith, John") == '"Smith, John"'


def test_embedded_quotes_are_doubled():
    assert escape_field('the "best" one') == '"the ""best"" one"'


def test_semicolon_dialect():
    assert format_row(["1,5", "x;y"], delimiter=";") == '1,5;"x;y"'


def test_rows_end_with_crlf():
    assert list(format_rows([["a", "b"], ["c", "d"]])) == ["a,b\r\n", "c,d\r\n"]


def test_parse_quoted_field():
    assert parse_line('x,"a, b",y') == ["x", "a, b", "y"]
