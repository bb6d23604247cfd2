from tool_arg_prehooks import Denied, HookedTools


def tag(label, log):
    def hook(tool, args, result):
        log.append(label)
        return result + [label]
    hook.__name__ = label
    return hook


def test_post_ties_run_latest_added_first():
    log = []
    tools = HookedTools({"t": lambda: []})
    tools.add("post", tag("a", log))
    tools.add("post", tag("b", log))
    tools.add("post", tag("c", log))
    out = tools.call("t", {})
    assert out.result == ["c", "b", "a"]
    assert out.ran == ["c", "b", "a"]


def test_post_mixed_priorities_exact_reverse_of_pre_order():
    log = []
    tools = HookedTools({"t": lambda: []})
    tools.add("post", tag("p0_first", log), priority=0)
    tools.add("post", tag("p9", log), priority=9)
    tools.add("post", tag("p0_second", log), priority=0)
    tools.add("post", tag("neg", log), priority=-3)
    out = tools.call("t", {})
    assert out.result == ["neg", "p0_second", "p0_first", "p9"]


def test_pre_and_post_together_and_scoping():
    tools = HookedTools({"add": lambda a, b: a + b, "neg": lambda a: -a})

    def bump(tool, args):
        return {"a": args["a"] + 100}

    def double(tool, args, result):
        return result * 2

    def plus_one(tool, args, result):
        return result + 1

    tools.add("pre", bump, tools=["add"])
    tools.add("post", double, priority=2)
    tools.add("post", plus_one, priority=1, tools=["add"])
    out = tools.call("add", {"a": 1, "b": 2})
    assert out.args == {"a": 101, "b": 2}
    assert out.result == (103 + 1) * 2
    assert out.ran == ["bump", "plus_one", "double"]
    assert tools.call("neg", {"a": 4}).result == -8


def test_denial_midway_keeps_earlier_overrides_and_skips_post():
    tools = HookedTools({"t": lambda x: x})
    post_calls = []

    def first(tool, args):
        return {"x": 1}

    def guard(tool, args):
        raise Denied("nope")

    tools.add("pre", first, priority=2)
    tools.add("pre", guard, priority=1)
    tools.add("post", lambda tool, args, r: post_calls.append(r))
    out = tools.call("t", {"x": 0})
    assert (out.ok, out.args, out.ran, out.reason) == (False, {"x": 1}, ["first"], "guard: nope")
    assert post_calls == []


def test_none_override_and_caller_args_untouched():
    tools = HookedTools({"t": lambda x: x})
    tools.add("pre", lambda tool, args: None)
    given = {"x": 7}
    out = tools.call("t", given)
    assert out.result == 7 and out.ok
    assert given == {"x": 7}
