from cache_breakpoints import add_cache_breakpoints, count_breakpoints

EPHEMERAL = {"type": "ephemeral"}


def _messages(n_user):
    messages = []
    for i in range(n_user):
        messages.append({"role": "user", "content": f"u{i}"})
        messages.append({"role": "assistant", "content": [{"type": "text", "text": f"a{i}"}]})
    return messages[:-1]


def _marked_users(out):
    marked = []
    for message in out["messages"]:
        if message["role"] == "user" and isinstance(message["content"], list):
            if "cache_control" in message["content"][-1]:
                marked.append(message["content"][-1]["text"])
    return marked


def test_limits_from_zero_to_six_with_tools_and_system():
    request = {"tools": [{"name": "t"}], "system": "sys", "messages": _messages(5)}
    expected_users = {0: [], 1: [], 2: [], 3: ["u4"], 4: ["u3", "u4"], 5: ["u2", "u3", "u4"],
                      6: ["u1", "u2", "u3", "u4"]}
    for limit, users in expected_users.items():
        out = add_cache_breakpoints(request, max_breakpoints=limit)
        assert count_breakpoints(out) == min(limit, 6), limit
        assert _marked_users(out) == users, limit
        assert ("cache_control" in out["tools"][0]) == (limit >= 1)
        assert (isinstance(out["system"], list) and "cache_control" in out["system"][-1]) == (limit >= 2)


def test_no_tools_no_system_all_to_users():
    out = add_cache_breakpoints({"messages": _messages(6)})
    assert _marked_users(out) == ["u2", "u3", "u4", "u5"]
    assert count_breakpoints(out) == 4


def test_only_system_and_limit_one():
    out = add_cache_breakpoints({"system": "s", "messages": _messages(3)}, max_breakpoints=1)
    assert out["system"] == [{"type": "text", "text": "s", "cache_control": EPHEMERAL}]
    assert _marked_users(out) == []
    assert [m["content"] for m in out["messages"] if m["role"] == "user"] == ["u0", "u1", "u2"]


def test_fewer_users_than_budget():
    out = add_cache_breakpoints({"tools": [{"name": "t"}], "messages": _messages(1)})
    assert _marked_users(out) == ["u0"]
    assert count_breakpoints(out) == 2
    out = add_cache_breakpoints({"messages": _messages(3)}, max_breakpoints=5)
    assert _marked_users(out) == ["u0", "u1", "u2"]


def test_block_content_marks_last_block_only():
    request = {
        "system": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
        "messages": [{"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "x", "content": "42"},
            {"type": "text", "text": "go on"},
        ]}],
    }
    out = add_cache_breakpoints(request, max_breakpoints=2)
    assert out["system"] == [{"type": "text", "text": "a"}, {"type": "text", "text": "b", "cache_control": EPHEMERAL}]
    assert "cache_control" not in out["messages"][0]["content"][0]
    assert out["messages"][0]["content"][1]["cache_control"] == EPHEMERAL
    assert "cache_control" not in request["messages"][0]["content"][1]
    assert "cache_control" not in request["system"][1]


def test_zero_limit_marks_nothing():
    request = {"tools": [{"name": "t"}], "system": "s", "messages": _messages(2)}
    out = add_cache_breakpoints(request, max_breakpoints=0)
    assert out == request
    assert count_breakpoints(out) == 0
