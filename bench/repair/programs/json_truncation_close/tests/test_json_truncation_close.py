import json

from json_truncation_close import close_truncated, open_brackets


def test_complete_document_unchanged():
    text = '{"a": [1, 2], "b": "x"}'
    assert close_truncated(text) == text


def test_close_open_list():
    assert close_truncated("[1, 2, 3") == "[1, 2, 3]"


def test_close_open_string():
    assert close_truncated('{"note": "half a sen') == '{"note": "half a sen"}'


def test_dangling_comma_dropped():
    assert json.loads(close_truncated('{"a": 1, ')) == {"a": 1}


def test_nested_structure():
    fixed = close_truncated('{"steps": [{"tool": "ls", "args": ["-l"')
    assert json.loads(fixed) == {"steps": [{"tool": "ls", "args": ["-l"]}]}


def test_brackets_inside_strings_ignored():
    assert open_brackets('["a]", "{b"') == (["]"], False, False)
