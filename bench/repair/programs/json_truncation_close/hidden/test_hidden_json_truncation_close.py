import json

from json_truncation_close import close_truncated, open_brackets


def test_list_inside_object():
    assert close_truncated('{"a": [1, 2') == '{"a": [1, 2]}'


def test_object_inside_list():
    assert close_truncated('[{"a": 1}, {"b": 2') == '[{"a": 1}, {"b": 2}]'


def test_deep_mixed_nesting():
    text = '{"plan": [{"id": 1, "sub": [[{"k": "v"'
    assert json.loads(close_truncated(text)) == {"plan": [{"id": 1, "sub": [[{"k": "v"}]]}]}


def test_key_waiting_for_value():
    assert json.loads(close_truncated('{"a": {"b": ')) == {"a": {"b": None}}


def test_escaped_quote_and_trailing_backslash():
    assert json.loads(close_truncated('{"q": ["say \\"hi\\"", "end\\')) == {"q": ['say "hi"', "end"]}


def test_open_brackets_reports_state():
    assert open_brackets('{"a": ["x') == (["}", "]"], True, False)
    assert open_brackets('[1, {"b": "c\\') == (["]", "}"], True, True)


def test_several_trailing_commas_and_spaces():
    assert close_truncated("[[1, 2],  , ") == "[[1, 2]]"


def test_brackets_in_string_do_not_close():
    assert json.loads(close_truncated('[{"s": "}]", "t": [')) == [{"s": "}]", "t": []}]
