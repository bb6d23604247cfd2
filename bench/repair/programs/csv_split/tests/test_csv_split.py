import pytest

from csv_split import parse, split_line


def test_plain_fields():
    assert split_line("a,b,c") == ["a", "b", "c"]


def test_quoted_delimiter():
    assert split_line('a,"b,c",d') == ["a", "b,c", "d"]


def test_empty_fields():
    assert split_line(",,") == ["", "", ""]


def test_doubled_quote_is_a_literal_quote():
    assert split_line('"12"" pipe, steel",x') == ['12" pipe, steel', "x"]


def test_unterminated_quote():
    with pytest.raises(ValueError):
        split_line('a,"b')


def test_parse_with_header():
    text = "name,qty\napple,3\n\npear,5\n"
    assert parse(text) == [{"name": "apple", "qty": "3"}, {"name": "pear", "qty": "5"}]


def test_parse_rejects_short_row():
    with pytest.raises(ValueError, match="line 3"):
        parse("a,b\n1,2\n3\n")
