from message_serializer import to_provider


def test_system_prompt_is_lifted_out():
    out = to_provider([{"id": "m0", "role": "system", "content": "be brief"},
                       {"id": "m1", "role": "user", "content": "hi"}])
    assert out == {"system": "be brief", "messages": [{"role": "user", "content": "hi"}]}


def test_assistant_tool_call():
    msg = {"id": "m2", "role": "assistant", "content": "",
           "tool_calls": [{"id": "toolu_1", "name": "search", "arguments": {"q": "x"}}]}
    out = to_provider([msg])["messages"][0]
    assert out == {"role": "assistant", "content": [
        {"type": "tool_use", "id": "toolu_1", "name": "search", "input": {"q": "x"}}]}


def test_tool_result_refers_to_the_call():
    msg = {"id": "m3", "role": "tool", "tool_call_id": "toolu_1", "content": "3 hits"}
    block = to_provider([msg])["messages"][0]["content"][0]
    assert block["tool_use_id"] == "toolu_1"
