import pytest

from csv_quote_state_parser import parse_csv, parse_dicts


def test_plain_records():
    assert parse_csv("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]]


def test_quoted_field_keeps_delimiter():
    assert parse_csv('name,city\nAda,"London, UK"\n') == [
        ["name", "city"],
        ["Ada", "London, UK"],
    ]


def test_doubled_quote_inside_quotes():
    assert parse_csv('"say ""hi""",x') == [['say "hi"', "x"]]


def test_line_break_inside_quotes():
    assert parse_csv('id,note\n1,"line one\nline two"\n') == [
        ["id", "note"],
        ["1", "line one\nline two"],
    ]


def test_inch_mark_in_unquoted_field():
    text = "sku,desc,price\nTV1,55\" screen,499\nTV2,65\" screen,799\n"
    assert parse_dicts(text) == [
        {"sku": "TV1", "desc": '55" screen', "price": "499"},
        {"sku": "TV2", "desc": '65" screen', "price": "799"},
    ]


def test_unterminated_quote_raises():
    with pytest.raises(ValueError):
        parse_csv('a,"oops\n')


def test_field_count_mismatch_raises():
    with pytest.raises(ValueError):
        parse_dicts("a,b\n1,2,3\n")
