import pytest

from turn_alternation_check import TranscriptError, is_valid, validate


def test_simple_conversation_is_valid():
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "How are you?"},
    ]
    assert validate(messages) == 3


def test_must_start_with_user():
    messages = [{"role": "assistant", "content": "Hello!"}]
    with pytest.raises(TranscriptError) as err:
        validate(messages)
    assert err.value.index == 0


def test_system_message_inside_conversation_rejected():
    messages = [
        {"role": "user", "content": "Hi"},
        {"role": "system", "content": "Switch persona."},
    ]
    with pytest.raises(TranscriptError) as err:
        validate(messages)
    assert err.value.index == 1


def test_two_user_messages_in_a_row_rejected():
    messages = [
        {"role": "user", "content": "Hi"},
        {"role": "user", "content": "Anyone there?"},
    ]
    with pytest.raises(TranscriptError) as err:
        validate(messages)
    assert err.value.index == 1


def test_tool_result_for_unknown_call_rejected():
    messages = [
        {"role": "user", "content": "Weather?"},
        {"role": "assistant", "content": "Checking.",
         "tool_calls": [{"id": "call_1", "name": "weather"}]},
        {"role": "tool", "tool_call_id": "call_9", "content": "sunny"},
    ]
    assert not is_valid(messages)


def test_empty_transcript_is_valid():
    assert is_valid([])
    assert validate([{"role": "system", "content": "x"}]) == 0
