import pytest

from thinking_block_filter import loop_start, prepare_thinking, thinking_count


def thinking(text, signature="sig"):
    return {"type": "thinking", "thinking": text, "signature": signature}


def text(value):
    return {"type": "text", "text": value}


def tool_use(call_id):
    return {"type": "tool_use", "id": call_id, "name": "search", "input": {"q": call_id}}


def tool_result(call_id):
    return {"type": "tool_result", "tool_use_id": call_id, "content": "found"}


CONVERSATION = [
    {"role": "user", "content": "Find the release date."},
    {"role": "assistant", "content": [thinking("plan"), tool_use("t1")]},
    {"role": "user", "content": [tool_result("t1")]},
    {"role": "assistant", "content": [thinking("answer"), text("March 3.")]},
    {"role": "user", "content": "And the version?"},
    {"role": "assistant", "content": [thinking("look up"), tool_use("t2")]},
    {"role": "user", "content": [tool_result("t2")]},
]


def test_loop_starts_after_the_last_real_user_turn():
    assert loop_start(CONVERSATION) == 5
    assert loop_start(CONVERSATION[:5]) == 5
    assert loop_start(CONVERSATION[:3]) == 1


def test_finished_turns_lose_their_thinking():
    prepared = prepare_thinking(CONVERSATION)
    assert prepared[1]["content"] == [tool_use("t1")]
    assert prepared[3]["content"] == [text("March 3.")]
    assert prepared[5]["content"] == [thinking("look up"), tool_use("t2")]
    assert thinking_count(prepared) == 1


def test_input_is_not_modified():
    before = [dict(m) for m in CONVERSATION]
    prepare_thinking(CONVERSATION)
    assert CONVERSATION == before
    assert thinking_count(CONVERSATION) == 3


def test_unsigned_thinking_in_the_current_loop_is_an_error():
    broken = CONVERSATION[:5] + [{"role": "assistant", "content": [thinking("x", signature=""), tool_use("t2")]}]
    with pytest.raises(ValueError):
        prepare_thinking(broken)


def test_redacted_thinking_is_dropped_from_finished_turns():
    redacted = {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix"}
    messages = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": [redacted, text("Hello!")]},
        {"role": "user", "content": "Bye"},
    ]
    assert prepare_thinking(messages)[1]["content"] == [text("Hello!")]
