from hook_matcher import Event, HookRunner, ToolCall


def block_rm(event):
    command = str(event.tool.arguments.get("command", ""))
    return "rm -rf is not allowed" if "rm -rf" in command else None


def pre_tool(name, **arguments):
    return Event("PreToolUse", "s1", ToolCall(name, arguments))


def test_wildcard_matcher_blocks():
    runner = HookRunner()
    runner.register("PreToolUse", "*", block_rm)
    decision = runner.dispatch(pre_tool("Bash", command="rm -rf /"))
    assert decision.blocked
    assert decision.reason == "rm -rf is not allowed"


def test_stop_event_hooks_run_without_tool():
    seen = []
    runner = HookRunner()
    runner.register("Stop", "*", lambda event: seen.append(event.session_id))
    runner.dispatch(Event("Stop", "s9"))
    assert seen == ["s9"]


def test_hooks_of_other_events_do_not_run():
    runner = HookRunner()
    runner.register("PostToolUse", "*", lambda event: "nope")
    assert not runner.dispatch(pre_tool("Bash", command="ls")).blocked


def test_matcher_on_tool_name():
    runner = HookRunner()
    runner.register("PreToolUse", "Bash", block_rm)
    assert runner.dispatch(pre_tool("Bash", command="rm -rf build")).blocked


def test_matcher_skips_other_tools():
    runner = HookRunner()
    runner.register("PreToolUse", "Bash", lambda event: "blocked")
    assert runner.dispatch(pre_tool("Read", path="a.txt")).ran == []


def test_glob_matcher_for_mcp_tools():
    runner = HookRunner()
    runner.register("PreToolUse", "mcp__github__*", lambda event: "read-only session")
    decision = runner.dispatch(pre_tool("mcp__github__create_issue", title="x"))
    assert decision.blocked
    assert decision.ran == ["PreToolUse:mcp__github__*"]
