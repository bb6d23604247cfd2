import pytest

from thinking_block_filter import loop_start, prepare_thinking, thinking_count


def thinking(value, signature="sig"):
    return {"type": "thinking", "thinking": value, "signature": signature}


def redacted(data):
    return {"type": "redacted_thinking", "data": data}


def text(value):
    return {"type": "text", "text": value}


def tool_use(call_id):
    return {"type": "tool_use", "id": call_id, "name": "run", "input": {}}


def tool_result(call_id):
    return {"type": "tool_result", "tool_use_id": call_id, "content": "ok"}


def test_redacted_blocks_in_the_current_loop_are_kept_without_signature():
    messages = [
        {"role": "user", "content": "go"},
        {"role": "assistant", "content": [redacted("r1"), thinking("t"), tool_use("a")]},
        {"role": "user", "content": [tool_result("a")]},
        {"role": "assistant", "content": [redacted("r2"), tool_use("b")]},
        {"role": "user", "content": [tool_result("b")]},
    ]
    assert prepare_thinking(messages) == messages
    assert thinking_count(messages) == 3


def test_every_kind_is_stripped_from_finished_turns():
    messages = [
        {"role": "user", "content": "one"},
        {"role": "assistant", "content": [redacted("r1"), thinking("t1"), redacted("r2"), tool_use("a")]},
        {"role": "user", "content": [tool_result("a")]},
        {"role": "assistant", "content": [redacted("r3"), text("done")]},
        {"role": "user", "content": "two"},
        {"role": "assistant", "content": [redacted("r4"), thinking("t2"), tool_use("b")]},
        {"role": "user", "content": [tool_result("b")]},
    ]
    prepared = prepare_thinking(messages)
    assert prepared[1]["content"] == [tool_use("a")]
    assert prepared[3]["content"] == [text("done")]
    assert prepared[5]["content"] == messages[5]["content"]
    assert thinking_count(messages) == 6
    assert thinking_count(prepared) == 2


def test_unsigned_thinking_in_finished_turns_is_fine():
    messages = [
        {"role": "user", "content": "q"},
        {"role": "assistant", "content": [thinking("old", signature=None), text("a")]},
        {"role": "user", "content": "q2"},
    ]
    assert prepare_thinking(messages)[1]["content"] == [text("a")]


def test_unsigned_thinking_after_tool_results_is_an_error():
    messages = [
        {"role": "user", "content": "q"},
        {"role": "assistant", "content": [thinking("fine"), tool_use("a")]},
        {"role": "user", "content": [tool_result("a")]},
        {"role": "assistant", "content": [thinking("no sig", signature=""), tool_use("b")]},
    ]
    with pytest.raises(ValueError):
        prepare_thinking(messages)


def test_user_text_beside_tool_results_ends_the_loop():
    messages = [
        {"role": "user", "content": "q"},
        {"role": "assistant", "content": [thinking("t"), redacted("r"), tool_use("a")]},
        {"role": "user", "content": [tool_result("a"), text("also check the tests")]},
        {"role": "assistant", "content": [thinking("t2"), tool_use("b")]},
    ]
    assert loop_start(messages) == 3
    prepared = prepare_thinking(messages)
    assert prepared[1]["content"] == [tool_use("a")]
    assert prepared[3]["content"] == messages[3]["content"]


def test_string_contents_and_no_user_turn():
    messages = [{"role": "assistant", "content": "plain"}, {"role": "assistant", "content": [redacted("x")]}]
    assert loop_start(messages) == 0
    assert prepare_thinking(messages) == messages
    assert thinking_count(messages) == 1
