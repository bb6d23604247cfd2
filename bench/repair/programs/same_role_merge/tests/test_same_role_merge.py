from same_role_merge import merge_consecutive, merge_stats


def test_two_user_messages_are_merged():
    messages = [
        {"role": "user", "content": "Hi."},
        {"role": "user", "content": "Can you help me with a regex?"},
    ]
    assert merge_consecutive(messages) == [
        {"role": "user", "content": "Hi.\n\nCan you help me with a regex?"},
    ]


def test_alternating_messages_unchanged():
    messages = [
        {"role": "user", "content": "a"},
        {"role": "assistant", "content": "b"},
        {"role": "user", "content": "c"},
    ]
    assert merge_consecutive(messages) == messages


def test_tool_results_are_not_merged():
    messages = [
        {"role": "tool", "tool_call_id": "1", "content": "x"},
        {"role": "tool", "tool_call_id": "2", "content": "y"},
    ]
    assert merge_consecutive(messages) == messages


def test_text_then_tool_call_become_one_assistant_message():
    messages = [
        {"role": "user", "content": "What's the weather?"},
        {"role": "assistant", "content": "Let me check."},
        {"role": "assistant", "content": "", "tool_calls": [{"id": "c1", "name": "weather"}]},
    ]
    merged = merge_consecutive(messages)
    assert merged[1] == {
        "role": "assistant",
        "content": "Let me check.",
        "tool_calls": [{"id": "c1", "name": "weather"}],
    }


def test_input_is_not_modified():
    messages = [
        {"role": "user", "content": "one"},
        {"role": "user", "content": "two"},
    ]
    merge_consecutive(messages)
    assert messages[0] == {"role": "user", "content": "one"}


def test_merge_stats():
    messages = [{"role": "user", "content": str(i)} for i in range(3)]
    assert merge_stats(messages) == {"before": 3, "after": 1, "folded": 2}
