from cache_breakpoints import add_cache_breakpoints, count_breakpoints

EPHEMERAL = {"type": "ephemeral"}


def _request(turns):
    return {
        "model": "claude-x",
        "tools": [{"name": "search", "input_schema": {}}, {"name": "open", "input_schema": {}}],
        "system": "You are a careful research assistant.",
        "messages": [{"role": role, "content": text} for role, text in turns],
    }


CHAT = [("user", "q1"), ("assistant", "a1"), ("user", "q2"), ("assistant", "a2"), ("user", "q3")]


def test_tools_and_system_are_marked():
    out = add_cache_breakpoints(_request(CHAT))
    assert "cache_control" not in out["tools"][0]
    assert out["tools"][1]["cache_control"] == EPHEMERAL
    assert out["system"] == [
        {"type": "text", "text": "You are a careful research assistant.", "cache_control": EPHEMERAL}
    ]


def test_latest_user_turns_get_the_remaining_breakpoints():
    out = add_cache_breakpoints(_request(CHAT))
    contents = [m["content"] for m in out["messages"]]
    assert contents[0] == "q1"
    assert contents[2] == [{"type": "text", "text": "q2", "cache_control": EPHEMERAL}]
    assert contents[4] == [{"type": "text", "text": "q3", "cache_control": EPHEMERAL}]
    assert count_breakpoints(out) == 4


def test_original_request_is_untouched():
    request = _request(CHAT)
    add_cache_breakpoints(request)
    assert request == _request(CHAT)
    assert count_breakpoints(request) == 0


def test_smaller_limit_is_respected():
    out = add_cache_breakpoints(_request(CHAT), max_breakpoints=2)
    assert count_breakpoints(out) == 2
    assert out["tools"][-1]["cache_control"] == EPHEMERAL
    assert out["system"][-1]["cache_control"] == EPHEMERAL
