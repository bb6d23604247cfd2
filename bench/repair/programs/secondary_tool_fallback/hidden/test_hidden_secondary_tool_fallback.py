import json

import pytest

from secondary_tool_fallback import AllToolsFailed, call_with_fallback


def reply(**fields):
    return lambda args: json.dumps(fields)


def slow(args):
    raise TimeoutError("took too long")


def refused(args):
    raise ConnectionRefusedError("port closed")


def empty(args):
    return ""


def buggy(args):
    return args["missing"]


def test_timeout_then_refused_then_success():
    tools = [("a", slow), ("b", refused), ("c", reply(ok=1))]
    assert call_with_fallback(tools, {}) == ("c", {"ok": 1})


def test_empty_reply_is_skipped():
    name, _ = call_with_fallback([("a", empty), ("b", reply(v=2))], {})
    assert name == "b"


def test_all_malformed_raises_all_failed():
    tools = [("a", empty), ("b", lambda a: "not json"), ("c", lambda a: "[1,")]
    with pytest.raises(AllToolsFailed) as info:
        call_with_fallback(tools, {})
    errs = info.value.errors
    assert [n for n, _ in errs] == ["a", "b", "c"]
    assert all(isinstance(e, ValueError) for _, e in errs)


def test_missing_required_key_skips_tool():
    tools = [("a", reply(title="t")), ("b", reply(title="u", url="x"))]
    assert call_with_fallback(tools, {}, required_keys=("title", "url")) == (
        "b", {"title": "u", "url": "x"})


def test_error_message_mentions_missing_key():
    with pytest.raises(AllToolsFailed, match="a: reply lacks url"):
        call_with_fallback([("a", reply(title="t"))], {}, required_keys=("url",))


def test_our_own_bug_propagates():
    called = []

    def backup(args):
        called.append(1)
        return "{}"

    with pytest.raises(KeyError):
        call_with_fallback([("a", buggy), ("b", backup)], {})
    assert called == []


def test_type_error_propagates():
    with pytest.raises(TypeError):
        call_with_fallback([("a", lambda a: None), ("b", reply(x=1))], {})


def test_no_tools():
    with pytest.raises(ValueError):
        call_with_fallback([], {})
