import json

import pytest

from concat_json_splitter import ConcatJSONReader, split_values


def test_complete_then_partial():
    values, rest = split_values('[1,2] {"x": "y"} {"z": [')
    assert values == ["[1,2]", '{"x": "y"}']
    assert rest == '{"z": ['


def test_separators_between_documents():
    values, rest = split_values('{"a":1},\n{"b":2}\r\n [3]')
    assert [json.loads(v) for v in values] == [{"a": 1}, {"b": 2}, [3]]
    assert rest == ""


def test_escaped_quotes_and_backslashes():
    text = r'{"q": "say \"}\""}{"p": "C:\\dir\\"}'
    values, rest = split_values(text)
    assert [json.loads(v) for v in values] == [{"q": 'say "}"'}, {"p": "C:\\dir\\"}]
    assert rest == ""


def test_reader_many_documents_in_one_read_and_split_string():
    reader = ConcatJSONReader()
    out = reader.feed('{"i":0}{"i":1}{"s":"a\\')
    assert out == ['{"i":0}', '{"i":1}']
    out = reader.feed('"b"}{"i":2}')
    assert [json.loads(v) for v in out] == [{"s": 'a"b'}, {"i": 2}]


def test_reader_character_at_a_time():
    text = '{"a": [1, {"b": "]"}]}[true, null]'
    reader = ConcatJSONReader()
    out = []
    for ch in text:
        out += reader.feed(ch)
    assert out == ['{"a": [1, {"b": "]"}]}', "[true, null]"]


def test_scalar_at_top_level_rejected():
    with pytest.raises(ValueError):
        split_values('{"a":1} 42')


def test_empty_and_whitespace():
    assert split_values("") == ([], "")
    assert split_values("  \n") == ([], "")
