from message_serializer import to_provider


def test_full_exchange():
    messages = [
        {"id": "1", "role": "system", "content": "a"},
        {"id": "2", "role": "system", "content": "b"},
        {"id": "3", "role": "user", "content": "find x"},
        {"id": "4", "role": "assistant", "content": "looking",
         "tool_calls": [{"id": "t9", "name": "find", "arguments": {}}]},
        {"id": "5", "role": "tool", "tool_call_id": "t9", "content": "found"},
    ]
    out = to_provider(messages)
    assert out["system"] == "a\n\nb"
    assert out["messages"][1]["content"][0] == {"type": "text", "text": "looking"}
    assert out["messages"][2] == {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "t9", "content": "found"}]}


def test_multiple_results_keep_ids():
    messages = [{"id": f"m{i}", "role": "tool", "tool_call_id": f"call_{i}", "content": str(i)}
                for i in range(3)]
    ids = [m["content"][0]["tool_use_id"] for m in to_provider(messages)["messages"]]
    assert ids == ["call_0", "call_1", "call_2"]
