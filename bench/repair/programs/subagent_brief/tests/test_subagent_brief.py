from subagent_brief import Message, Tool, build_handoff

TOOLS = [Tool("read_file"), Tool("grep"), Tool("write_file", writes=True)]


def test_task_is_the_last_message():
    history = [Message("user", "Refactor the parser"), Message("assistant", "On it.")]
    handoff = build_handoff("  Find every caller of parse()  ", history, TOOLS, [])
    assert handoff.as_messages() == [
        {"role": "user", "content": "Refactor the parser"},
        {"role": "assistant", "content": "On it."},
        {"role": "user", "content": "Find every caller of parse()"},
    ]


def test_only_conversation_turns_are_shared():
    history = [
        Message("system", "You are the parent agent."),
        Message("user", "Why does CI fail?"),
        Message("tool", "exit code 1"),
        Message("assistant", "Looking at the logs."),
    ]
    handoff = build_handoff("Read the CI log", history, TOOLS, [])
    assert [m.content for m in handoff.context] == ["Why does CI fail?", "Looking at the logs."]


def test_context_keeps_the_most_recent_turns():
    history = [Message("user", f"message {n}") for n in range(10)]
    handoff = build_handoff("t", history, TOOLS, [], max_context=3)
    assert [m.content for m in handoff.context] == ["message 7", "message 8", "message 9"]


def test_private_notes_stay_with_the_parent():
    history = [
        Message("user", "Summarise the design doc"),
        Message("assistant", "Plan: delegate, then double-check its summary", private=True),
    ]
    handoff = build_handoff("Summarise docs/design.md", history, TOOLS, [])
    assert [m.content for m in handoff.context] == ["Summarise the design doc"]


def test_read_only_subagent_gets_no_writing_tools():
    handoff = build_handoff("t", [], TOOLS, ["read_file", "write_file", "grep"])
    assert handoff.tools == ["read_file", "grep"]


def test_tools_limited_to_what_the_parent_has():
    handoff = build_handoff("t", [], TOOLS, ["write_file", "shell", "read_file"], read_only=False)
    assert handoff.tools == ["write_file", "read_file"]
