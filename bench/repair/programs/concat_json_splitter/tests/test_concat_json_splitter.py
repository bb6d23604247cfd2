import json

from concat_json_splitter import ConcatJSONReader, split_values


def test_single_document():
    assert split_values('{"a": 1}') == (['{"a": 1}'], "")


def test_back_to_back_documents():
    values, rest = split_values('{"a":1}{"b":[2,3]}')
    assert [json.loads(v) for v in values] == [{"a": 1}, {"b": [2, 3]}]
    assert rest == ""


def test_unfinished_document_is_kept():
    assert split_values('{"a": {"b": ') == ([], '{"a": {"b": ')


def test_brackets_inside_strings_are_ignored():
    values, rest = split_values('{"text": "} not the end {"}')
    assert json.loads(values[0]) == {"text": "} not the end {"}
    assert rest == ""


def test_reader_across_reads():
    reader = ConcatJSONReader()
    assert reader.feed('{"delta": "He') == []
    assert reader.feed('llo"}') == ['{"delta": "Hello"}']
    assert reader.feed('\n{"delta": "!"}\n') == ['{"delta": "!"}']
