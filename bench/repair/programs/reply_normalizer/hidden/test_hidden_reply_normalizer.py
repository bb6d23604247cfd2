from reply_normalizer import ToolRequest, normalize


def message(*blocks, stop_reason="tool_use", output_tokens=7):
    return {
        "id": "msg_02",
        "type": "message",
        "role": "assistant",
        "content": list(blocks),
        "stop_reason": stop_reason,
        "usage": {"input_tokens": 5, "output_tokens": output_tokens},
    }


def tool_use(call_id, name, arguments):
    return {"type": "tool_use", "id": call_id, "name": name, "input": arguments}


def test_parallel_tool_calls_keep_their_ids_in_order():
    reply = normalize(message(
        tool_use("toolu_b", "grep", {"pattern": "TODO"}),
        tool_use("toolu_a", "list_dir", {"path": "."}),
    ))
    assert [r.call_id for r in reply.tool_requests] == ["toolu_b", "toolu_a"]
    assert reply.tool_requests[0] == ToolRequest("toolu_b", "grep", {"pattern": "TODO"})
    assert reply.text == ""


def test_tool_without_arguments():
    reply = normalize(message(tool_use("toolu_9", "get_time", {})))
    assert reply.tool_requests == [ToolRequest("toolu_9", "get_time", {})]


def test_thinking_text_and_tool_together():
    reply = normalize(message(
        {"type": "thinking", "thinking": "Need the weather.", "signature": "abc"},
        {"type": "text", "text": "  Checking.  "},
        tool_use("toolu_w", "weather", {"city": "Oslo"}),
        output_tokens=31,
    ))
    assert reply.reasoning == ["Need the weather."]
    assert reply.text == "Checking."
    assert reply.tool_requests[0].call_id == "toolu_w"
    assert reply.tool_requests[0].arguments == {"city": "Oslo"}
    assert reply.output_tokens == 31
    assert not reply.truncated


def test_empty_response():
    reply = normalize({"content": []})
    assert reply.text == "" and reply.tool_requests == [] and reply.output_tokens == 0
