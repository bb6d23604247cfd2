from role_validator import validate_history


def call(call_id, arguments='{"q": "x"}'):
    return {"id": call_id, "type": "function",
            "function": {"name": "search", "arguments": arguments}}


def test_missing_arguments():
    history = [{"role": "user", "content": "find x"},
               {"role": "assistant", "tool_calls": [call("a1", None)]},
               {"role": "tool", "tool_call_id": "a1", "content": "none"}]
    assert validate_history(history) == [
        "message 1: tool call a1: arguments must be a JSON string"]


def test_arguments_as_a_list_or_number():
    for arguments in (["x"], 42):
        history = [{"role": "user", "content": "find x"},
                   {"role": "assistant", "tool_calls": [call("b7", arguments)]},
                   {"role": "tool", "tool_call_id": "b7", "content": "none"}]
        assert validate_history(history) == [
            "message 1: tool call b7: arguments must be a JSON string"]


def test_json_that_is_not_an_object():
    history = [{"role": "user", "content": "find x"},
               {"role": "assistant", "tool_calls": [call("c3", '["x"]')]},
               {"role": "tool", "tool_call_id": "c3", "content": "none"}]
    assert validate_history(history) == [
        "message 1: tool call c3: arguments must encode an object"]


def test_later_messages_still_checked_after_bad_arguments():
    history = [{"role": "user", "content": "find x"},
               {"role": "assistant", "tool_calls": [call("d1", {"q": "x"})]},
               {"role": "user", "content": ""},
               {"role": "oracle", "content": "?"}]
    assert validate_history(history) == [
        "message 1: tool call d1: arguments must be a JSON string",
        "message 2: user message while tool calls are unanswered: ['d1']",
        "message 3: unknown role 'oracle'",
        "unanswered tool calls: ['d1']",
    ]


def test_second_call_with_decoded_arguments():
    history = [{"role": "user", "content": "both"},
               {"role": "assistant", "tool_calls": [call("e1"), call("e2", {"q": 1})]},
               {"role": "tool", "tool_call_id": "e1", "content": "ok"},
               {"role": "tool", "tool_call_id": "e2", "content": "ok"}]
    assert validate_history(history) == [
        "message 1: tool call e2: arguments must be a JSON string"]


def test_empty_assistant_and_user_messages():
    history = [{"role": "user", "content": ""}, {"role": "assistant", "content": ""}]
    assert validate_history(history) == [
        "message 0: user message is empty",
        "message 1: assistant message has neither content nor tool calls",
    ]
