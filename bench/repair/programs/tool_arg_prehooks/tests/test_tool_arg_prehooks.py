from tool_arg_prehooks import Denied, HookedTools


def search(query, limit=5):
    return [f"{query}-{i}" for i in range(limit)]


def test_pre_hooks_override_args_by_priority():
    tools = HookedTools({"search": search})

    def cap_limit(tool, args):
        return {"limit": min(args.get("limit", 5), 3)}

    def lower(tool, args):
        return {"query": args["query"].lower()}

    tools.add("pre", lower)
    tools.add("pre", cap_limit, priority=10)
    out = tools.call("search", {"query": "Cats", "limit": 9})
    assert out.ok
    assert out.args == {"query": "cats", "limit": 3}
    assert out.result == ["cats-0", "cats-1", "cats-2"]
    assert out.ran == ["cap_limit", "lower"]


def test_denied_blocks_call():
    calls = []
    tools = HookedTools({"search": lambda **kw: calls.append(kw)})

    def no_empty(tool, args):
        if not args.get("query"):
            raise Denied("empty query")

    tools.add("pre", no_empty)
    out = tools.call("search", {"query": ""})
    assert not out.ok
    assert out.reason == "no_empty: empty query"
    assert calls == []


def test_post_hooks_unwind_in_reverse():
    tools = HookedTools({"search": search})

    def count(tool, args, result):
        return len(result)

    def describe(tool, args, result):
        return f"{tool} returned {result}"

    tools.add("post", describe, priority=5)
    tools.add("post", count, priority=1)
    out = tools.call("search", {"query": "x", "limit": 2})
    assert out.result == "search returned 2"
    assert out.ran == ["count", "describe"]


def test_hook_scoped_to_other_tool_is_skipped():
    tools = HookedTools({"search": search, "echo": lambda text: text})
    tools.add("pre", lambda tool, args: {"limit": 1}, tools=["search"])
    assert tools.call("echo", {"text": "hi"}).result == "hi"
    assert tools.call("search", {"query": "q"}).result == ["q-0"]
