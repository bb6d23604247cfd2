from reply_normalizer import ToolRequest, normalize


def message(*blocks, stop_reason="end_turn", output_tokens=12):
    return {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "content": list(blocks),
        "stop_reason": stop_reason,
        "usage": {"input_tokens": 40, "output_tokens": output_tokens},
    }


def test_plain_text_reply():
    reply = normalize(message({"type": "text", "text": "Hello there.\n"}))
    assert reply.text == "Hello there."
    assert reply.tool_requests == []
    assert not reply.truncated
    assert reply.output_tokens == 12


def test_text_blocks_are_joined():
    reply = normalize(message({"type": "text", "text": "Part one, "},
                              {"type": "text", "text": "part two."}))
    assert reply.text == "Part one, part two."


def test_tool_use():
    reply = normalize(message(
        {"type": "text", "text": "Let me look."},
        {"type": "tool_use", "id": "toolu_01", "name": "read_file", "input": {"path": "a.py"}},
        stop_reason="tool_use",
    ))
    assert reply.text == "Let me look."
    assert reply.tool_requests == [ToolRequest("toolu_01", "read_file", {"path": "a.py"})]


def test_thinking_kept_apart_from_text():
    reply = normalize(message({"type": "thinking", "thinking": "User wants a haiku."},
                              {"type": "text", "text": "Autumn moonlight"}))
    assert reply.reasoning == ["User wants a haiku."]
    assert reply.text == "Autumn moonlight"


def test_cut_off_at_max_tokens():
    reply = normalize(message({"type": "text", "text": "Once upon a"}, stop_reason="max_tokens"))
    assert reply.truncated


def test_unknown_blocks_skipped():
    reply = normalize(message({"type": "redacted_thinking", "data": "EuYB..."},
                              {"type": "text", "text": "ok"}))
    assert reply.text == "ok"
    assert reply.reasoning == []
