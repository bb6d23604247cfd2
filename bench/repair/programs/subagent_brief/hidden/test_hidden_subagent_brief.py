from subagent_brief import Message, Tool, build_handoff

TOOLS = [Tool("search"), Tool("edit", writes=True), Tool("run_tests")]


def test_blank_messages_are_not_shared():
    history = [
        Message("user", "Fix the flaky test"),
        Message("assistant", ""),
        Message("assistant", "   \n"),
        Message("user", "It is test_login"),
    ]
    handoff = build_handoff("t", history, TOOLS, [])
    assert [m.content for m in handoff.context] == ["Fix the flaky test", "It is test_login"]


def test_private_messages_of_any_role_are_withheld():
    history = [
        Message("user", "secret token is abc", private=True),
        Message("assistant", "thinking aloud", private=True),
        Message("assistant", "Delegating now."),
    ]
    handoff = build_handoff("t", history, TOOLS, [])
    assert [m.content for m in handoff.context] == ["Delegating now."]
    assert all("secret" not in m["content"] for m in handoff.as_messages())


def test_private_messages_do_not_use_up_the_context_limit():
    history = []
    for n in range(4):
        history.append(Message("user", f"question {n}"))
        history.append(Message("assistant", f"note {n}", private=True))
    handoff = build_handoff("t", history, TOOLS, [], max_context=2)
    assert [m.content for m in handoff.context] == ["question 2", "question 3"]


def test_zero_context():
    handoff = build_handoff("t", [Message("user", "hi")], TOOLS, [], max_context=0)
    assert handoff.context == []
    assert handoff.as_messages() == [{"role": "user", "content": "t"}]


def test_duplicate_tool_requests_collapsed():
    handoff = build_handoff("t", [], TOOLS, ["search", "run_tests", "search", "edit"])
    assert handoff.tools == ["search", "run_tests"]


def test_write_tool_granted_when_allowed():
    handoff = build_handoff("t", [], TOOLS, ["edit", "edit", "deploy"], read_only=False)
    assert handoff.tools == ["edit"]
