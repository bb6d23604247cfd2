import pytest

from tool_call_kwargs_parse import parse_tool_call


def test_strings_and_numbers():
    assert parse_tool_call('search(query="cats and dogs", limit=5)') == (
        "search", {"query": "cats and dogs", "limit": 5})


def test_json_words():
    assert parse_tool_call("fetch(url='http://x', cache=False, proxy=null, retry=TRUE)") == (
        "fetch", {"url": "http://x", "cache": False, "proxy": None, "retry": True})


def test_commas_inside_lists_and_strings():
    name, kwargs = parse_tool_call('tag(ids=[1, 2, 3], note="a, b")')
    assert name == "tag"
    assert kwargs == {"ids": [1, 2, 3], "note": "a, b"}


def test_unquoted_values_are_kept_as_text():
    assert parse_tool_call("remind(at=5pm, who=Alice)") == (
        "remind", {"at": "5pm", "who": "Alice"})


def test_rejects_non_calls_and_positional_args():
    with pytest.raises(ValueError):
        parse_tool_call("I will now search the web.")
    with pytest.raises(ValueError):
        parse_tool_call('search("cats")')
