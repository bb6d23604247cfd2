from hook_matcher import Event, HookRunner, ToolCall


def pre_tool(name, **arguments):
    return Event("PreToolUse", "s1", ToolCall(name, arguments))


def post_tool(name, **arguments):
    return Event("PostToolUse", "s1", ToolCall(name, arguments))


def test_only_matching_hooks_run_in_order():
    runner = HookRunner()
    runner.register("PreToolUse", "Write", lambda e: None)
    runner.register("PreToolUse", "Edit", lambda e: None)
    runner.register("PreToolUse", "*", lambda e: None)
    runner.register("PreToolUse", "[EW]*", lambda e: None)
    decision = runner.dispatch(pre_tool("Edit", path="x.py"))
    assert decision.ran == ["PreToolUse:Edit", "PreToolUse:*", "PreToolUse:[EW]*"]
    assert not decision.blocked


def test_first_blocking_hook_wins():
    calls = []
    runner = HookRunner()
    runner.register("PreToolUse", "Write", lambda e: calls.append("audit"))
    runner.register("PreToolUse", "Write", lambda e: "protected path")
    runner.register("PreToolUse", "Write", lambda e: calls.append("late") or "other")
    decision = runner.dispatch(pre_tool("Write", path=".env"))
    assert (decision.blocked, decision.reason) == (True, "protected path")
    assert calls == ["audit"]


def test_matcher_is_case_sensitive():
    runner = HookRunner()
    runner.register("PreToolUse", "bash", lambda e: "blocked")
    assert not runner.dispatch(pre_tool("Bash", command="ls")).blocked
    assert runner.dispatch(pre_tool("bash", command="ls")).blocked


def test_post_tool_use_matcher():
    logged = []
    runner = HookRunner()
    runner.register("PostToolUse", "Web*", lambda e: logged.append(e.tool.name))
    runner.dispatch(post_tool("WebFetch", url="https://example.com"))
    runner.dispatch(post_tool("Read", path="a"))
    runner.dispatch(post_tool("WebSearch", query="q"))
    assert logged == ["WebFetch", "WebSearch"]


def test_matcher_named_like_event_does_not_match_tools():
    runner = HookRunner()
    runner.register("PreToolUse", "PreToolUse", lambda e: "blocked")
    assert runner.matching(pre_tool("Bash", command="ls")) == []


def test_tool_less_event_ignores_matcher():
    runner = HookRunner()
    runner.register("SessionStart", "Bash", lambda e: None)
    assert len(runner.matching(Event("SessionStart", "s2"))) == 1
