from memory_window import MemoryWindow, Turn, estimate_tokens


def join_summary(previous, turns):
    parts = [previous] if previous else []
    return " | ".join(parts + [f"{t.role}:{t.content or ''}" for t in turns])


def test_estimate_tokens():
    assert estimate_tokens("abcd") == 1
    assert estimate_tokens("abcde") == 2
    assert estimate_tokens("") == 0


def test_under_budget_keeps_everything():
    window = MemoryWindow(max_tokens=100, summarize=join_summary)
    for text in ["hi", "hello", "how can I help?"]:
        window.add(Turn("user", text))
    assert len(window.turns) == 3
    assert window.summary == ""


def test_old_turns_folded_into_summary():
    window = MemoryWindow(max_tokens=10, summarize=join_summary, keep_recent=2)
    for index in range(4):
        window.add(Turn("user", f"message {index}"))
    assert [t.content for t in window.turns] == ["message 2", "message 3"]
    assert window.summary == "user:message 0 | user:message 1"
    assert window.folded == 2


def test_summary_sent_as_system_message():
    window = MemoryWindow(max_tokens=6, summarize=lambda prev, turns: "greetings", keep_recent=1)
    window.add(Turn("user", "hello there"))
    window.add(Turn("assistant", "hi, what do you need"))
    assert window.messages() == [
        {"role": "system", "content": "Earlier conversation: greetings"},
        {"role": "assistant", "content": "hi, what do you need"},
    ]


def test_tool_call_turn_without_text():
    window = MemoryWindow(max_tokens=100, summarize=join_summary)
    window.add(Turn("user", "weather in Oslo?"))
    window.add(Turn("assistant", None, tool_calls=["get_weather"]))
    assert window.used_tokens() == 4 + 8
    assert window.messages()[-1] == {"role": "assistant", "content": ""}
