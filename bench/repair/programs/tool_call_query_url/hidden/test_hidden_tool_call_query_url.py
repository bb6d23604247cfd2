import pytest

from tool_call_query_url import ToolArgsError, build_tool_url


def test_spaces_and_reserved_characters_are_percent_encoded():
    url = build_tool_url("https://x.test/s", {"q": "new york & co", "path": "a/b"})
    assert url == "https://x.test/s?path=a%2Fb&q=new%20york%20%26%20co"


def test_list_of_strings_with_spaces():
    url = build_tool_url("https://x.test/s", {"tag": ["red wine", "cheese"], "n": 2})
    assert url == "https://x.test/s?n=2&tag=red%20wine&tag=cheese"


def test_list_of_bools_and_tuple():
    url = build_tool_url("https://x.test/s", {"flags": [True, False], "ids": (1, 2)})
    assert url == "https://x.test/s?flags=true&flags=false&ids=1&ids=2"


def test_empty_list_adds_nothing():
    assert build_tool_url("https://x.test/s", {"ids": [], "q": "a"}) == "https://x.test/s?q=a"


def test_existing_query_and_fragment_kept():
    url = build_tool_url("https://x.test/s?key=abc#top", {"q": ["x", "y"]})
    assert url == "https://x.test/s?key=abc&q=x&q=y#top"
    assert build_tool_url("https://x.test/s?key=abc", {}) == "https://x.test/s?key=abc"


def test_empty_arguments():
    assert build_tool_url("https://x.test/s", "") == "https://x.test/s"
    assert build_tool_url("https://x.test/s", "{}") == "https://x.test/s"


def test_nested_list_item_rejected():
    with pytest.raises(ToolArgsError):
        build_tool_url("https://x.test/s", {"ids": [{"a": 1}]})
