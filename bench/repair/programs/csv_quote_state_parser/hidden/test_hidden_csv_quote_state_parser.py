import pytest

from csv_quote_state_parser import parse_csv, parse_dicts


def test_quote_in_middle_of_last_field():
    assert parse_csv('h1,h2\nx,5\'10" tall\n') == [["h1", "h2"], ["x", "5'10\" tall"]]


def test_several_unquoted_quotes_in_one_field():
    assert parse_csv('a"b"c,d') == [['a"b"c', "d"]]


def test_trailing_quote_in_unquoted_field_then_more_fields():
    assert parse_csv('12",x,"y, z"\n') == [['12"', "x", "y, z"]]


def test_quote_after_quoted_section_is_literal():
    assert parse_csv('"ab"c",d') == [['abc"', "d"]]


def test_crlf_and_semicolon_delimiter():
    text = 'k;v\r\n1;"a;b"\r\n2;3 1/2"\r\n'
    assert parse_dicts(text, delimiter=";") == [
        {"k": "1", "v": "a;b"},
        {"k": "2", "v": '3 1/2"'},
    ]


def test_empty_fields_and_empty_quoted_field():
    assert parse_csv('a,,""\n,b,\n') == [["a", "", ""], ["", "b", ""]]


def test_last_record_without_newline():
    assert parse_csv('x,"y ""q"" z"') == [["x", 'y "q" z']]


def test_empty_text():
    assert parse_csv("") == []
    assert parse_dicts("") == []


def test_unterminated_after_doubled_quote_raises():
    with pytest.raises(ValueError):
        parse_csv('"abc""')


def test_mismatch_reports_record_number():
    with pytest.raises(ValueError, match="record 3"):
        parse_dicts('a,b\n1,2\n3,"4",5\n')
