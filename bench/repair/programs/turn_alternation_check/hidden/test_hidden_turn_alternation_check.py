import pytest

from turn_alternation_check import TranscriptError, is_valid, validate


def user(text="q"):
    return {"role": "user", "content": text}


def assistant(text=None, calls=None):
    message = {"role": "assistant", "content": text}
    if calls is not None:
        message["tool_calls"] = [{"id": c, "name": "f"} for c in calls]
    return message


def tool(call_id, text="ok"):
    return {"role": "tool", "tool_call_id": call_id, "content": text}


def error_index(messages):
    with pytest.raises(TranscriptError) as err:
        validate(messages)
    return err.value.index


def test_plain_alternation_counts_turns():
    messages = [user(), assistant("a"), user(), assistant("b"), user()]
    assert validate(messages) == 5


def test_assistant_with_only_tool_calls_is_valid():
    messages = [user(), assistant(None, ["c1", "c2"]), tool("c2"), tool("c1"), assistant("done")]
    assert validate(messages) == 3


def test_assistant_with_text_and_tool_calls_is_valid():
    messages = [user(), assistant("let me look", ["c1"]), tool("c1"), assistant("found it")]
    assert is_valid(messages)


def test_empty_assistant_message_rejected():
    assert error_index([user(), assistant("")]) == 1
    assert error_index([user(), assistant(None, [])]) == 1
    assert error_index([user(), assistant("x"), user(), assistant(None)]) == 3


def test_user_after_tool_results_allowed():
    messages = [user(), assistant(None, ["t"]), tool("t"), user("and now?")]
    assert validate(messages) == 3


def test_unanswered_call_before_next_turn_rejected():
    messages = [user(), assistant(None, ["c1", "c2"]), tool("c1"), assistant("partial")]
    assert error_index(messages) == 3


def test_unanswered_call_at_end_rejected():
    messages = [user(), assistant("checking", ["c1"])]
    assert error_index(messages) == 2


def test_duplicate_tool_result_rejected():
    messages = [user(), assistant(None, ["c1"]), tool("c1"), tool("c1")]
    assert error_index(messages) == 3


def test_two_assistant_messages_in_a_row_rejected():
    assert error_index([user(), assistant("a"), assistant("b")]) == 2


def test_leading_system_messages_allowed():
    messages = [{"role": "system", "content": "a"}, {"role": "system", "content": "b"},
                user(), assistant("hi")]
    assert validate(messages) == 2
