import json

import pytest

from secondary_tool_fallback import AllToolsFailed, call_with_fallback


def good(args):
    return json.dumps({"answer": args["q"].upper()})


def down(args):
    raise ConnectionError("refused")


def garbled(args):
    return '{"answer": "oops"'


def test_primary_used_when_healthy():
    assert call_with_fallback([("web", good), ("cache", down)], {"q": "hi"}) == ("web", {"answer": "HI"})


def test_falls_back_when_primary_unreachable():
    assert call_with_fallback([("web", down), ("cache", good)], {"q": "x"}) == ("cache", {"answer": "X"})


def test_falls_back_on_malformed_reply():
    name, reply = call_with_fallback([("web", garbled), ("cache", good)], {"q": "y"})
    assert name == "cache"
    assert reply == {"answer": "Y"}


def test_all_failed_lists_every_tool():
    with pytest.raises(AllToolsFailed) as info:
        call_with_fallback([("a", down), ("b", down)], {})
    assert [name for name, _ in info.value.errors] == ["a", "b"]
