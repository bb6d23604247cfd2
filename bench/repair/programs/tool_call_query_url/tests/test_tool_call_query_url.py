import pytest

from tool_call_query_url import ToolArgsError, build_tool_url


def test_simple_arguments_sorted():
    url = build_tool_url("https://api.example.com/search", {"q": "cats", "limit": 5})
    assert url == "https://api.example.com/search?limit=5&q=cats"


def test_json_string_arguments():
    url = build_tool_url("https://api.example.com/search", '{"q": "dogs", "safe": true}')
    assert url == "https://api.example.com/search?q=dogs&safe=true"


def test_none_values_dropped():
    url = build_tool_url("https://x.test/w", {"city": "Oslo", "units": None})
    assert url == "https://x.test/w?city=Oslo"


def test_list_values_repeat_the_parameter():
    url = build_tool_url("https://x.test/items", {"id": [3, 4]})
    assert url == "https://x.test/items?id=3&id=4"


def test_nested_object_rejected():
    with pytest.raises(ToolArgsError):
        build_tool_url("https://x.test/w", {"filter": {"a": 1}})
