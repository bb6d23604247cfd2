from role_validator import validate_history


def call(call_id, arguments='{"city": "Oslo"}'):
    return {"id": call_id, "type": "function",
            "function": {"name": "get_weather", "arguments": arguments}}


def test_valid_history():
    history = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [call("c1")]},
        {"role": "tool", "tool_call_id": "c1", "content": "4 degrees"},
        {"role": "assistant", "content": "It is 4 degrees."},
    ]
    assert validate_history(history) == []


def test_system_message_must_come_first():
    history = [{"role": "user", "content": "hi"}, {"role": "system", "content": "late"}]
    assert validate_history(history) == ["message 1: system message must come first"]


def test_unknown_role():
    assert validate_history([{"role": "bot", "content": "x"}]) == [
        "message 0: unknown role 'bot'"]


def test_tool_result_without_a_call():
    history = [{"role": "user", "content": "hi"},
               {"role": "tool", "tool_call_id": "c9", "content": "?"}]
    assert validate_history(history) == ["message 1: tool result for unknown call c9"]


def test_arguments_that_are_not_json():
    history = [{"role": "user", "content": "hi"},
               {"role": "assistant", "tool_calls": [call("c1", '{"city": ')]},
               {"role": "tool", "tool_call_id": "c1", "content": "error"}]
    assert validate_history(history) == [
        "message 1: tool call c1: arguments must be a JSON string"]


def test_arguments_already_decoded_into_a_dict():
    history = [{"role": "user", "content": "hi"},
               {"role": "assistant", "tool_calls": [call("c1", {"city": "Oslo"})]},
               {"role": "tool", "tool_call_id": "c1", "content": "4 degrees"}]
    assert validate_history(history) == [
        "message 1: tool call c1: arguments must be a JSON string"]


def test_tool_message_without_call_id():
    history = [{"role": "user", "content": "hi"}, {"role": "tool", "content": "?"}]
    assert validate_history(history) == ["message 1: missing field 'tool_call_id'"]


def test_unanswered_tool_calls():
    history = [{"role": "user", "content": "hi"},
               {"role": "assistant", "tool_calls": [call("c1"), call("c2")]},
               {"role": "tool", "tool_call_id": "c2", "content": "ok"}]
    assert validate_history(history) == ["unanswered tool calls: ['c1']"]
