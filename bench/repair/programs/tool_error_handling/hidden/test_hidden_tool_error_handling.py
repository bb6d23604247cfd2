import pytest

from tool_error_handling import ToolError, execute


def search(query, k=5):
    if k > 10:
        raise ToolError("k too large", retryable=False)
    if query == "busy":
        raise ToolError("rate limited", retryable=True)
    return [query] * k


def test_missing_required_argument():
    result = execute(search, {})
    assert result["ok"] is False and result["error"].startswith("TypeError")
    assert result["retryable"] is False


def test_retryable_flag():
    assert execute(search, {"query": "busy"})["retryable"] is True


def test_mixed_batch():
    results = [execute(search, a) for a in ({"query": "a", "k": 1}, {"q": "a"}, {"query": "a", "k": 11})]
    assert [r["ok"] for r in results] == [True, False, False]


def test_key_error_not_swallowed():
    def lookup(name):
        return {}[name]

    with pytest.raises(KeyError):
        execute(lookup, {"name": "x"})
