import copy

from same_role_merge import merge_consecutive, merge_stats


def test_long_run_joined_in_order_with_custom_separator():
    messages = [{"role": "assistant", "content": w} for w in ("alpha", "beta", "gamma")]
    assert merge_consecutive(messages, separator=" | ") == [
        {"role": "assistant", "content": "alpha | beta | gamma"},
    ]


def test_empty_contents_are_skipped():
    messages = [
        {"role": "user", "content": ""},
        {"role": "user", "content": "real question"},
        {"role": "user", "content": None},
    ]
    assert merge_consecutive(messages) == [{"role": "user", "content": "real question"}]


def test_tool_calls_from_several_messages_concatenated():
    messages = [
        {"role": "user", "content": "compare"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "a"}]},
        {"role": "assistant", "content": "also", "tool_calls": [{"id": "b"}, {"id": "c"}]},
        {"role": "assistant", "content": "and finally", "tool_calls": [{"id": "d"}]},
    ]
    merged = merge_consecutive(messages)
    assert len(merged) == 2
    assert merged[1]["tool_calls"] == [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}]
    assert merged[1]["content"] == "also\n\nand finally"


def test_no_tool_calls_key_added_when_none_present():
    messages = [{"role": "assistant", "content": "x"}, {"role": "assistant", "content": "y"}]
    assert "tool_calls" not in merge_consecutive(messages)[0]


def test_differently_named_participants_not_merged():
    messages = [
        {"role": "user", "name": "ann", "content": "hi"},
        {"role": "user", "name": "bob", "content": "hello"},
        {"role": "user", "name": "bob", "content": "anyone?"},
    ]
    assert merge_consecutive(messages) == [
        {"role": "user", "name": "ann", "content": "hi"},
        {"role": "user", "name": "bob", "content": "hello\n\nanyone?"},
    ]


def test_input_messages_and_lists_untouched():
    messages = [
        {"role": "user", "content": "q"},
        {"role": "assistant", "content": "t", "tool_calls": [{"id": "1"}]},
        {"role": "assistant", "content": "u", "tool_calls": [{"id": "2"}]},
        {"role": "user", "content": "r"},
        {"role": "user", "content": "s"},
    ]
    snapshot = copy.deepcopy(messages)
    merged = merge_consecutive(messages)
    assert messages == snapshot
    assert merged[1]["tool_calls"] == [{"id": "1"}, {"id": "2"}]
    assert merged[2] == {"role": "user", "content": "r\n\ns"}


def test_calling_twice_gives_same_result():
    messages = [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
    first = merge_consecutive(messages)
    second = merge_consecutive(messages)
    assert first == second == [{"role": "user", "content": "a\n\nb"}]


def test_stats_with_tools():
    messages = [
        {"role": "assistant", "content": "x", "tool_calls": [{"id": "1"}]},
        {"role": "tool", "tool_call_id": "1", "content": "r"},
        {"role": "tool", "tool_call_id": "1", "content": "r"},
        {"role": "assistant", "content": "y"},
        {"role": "assistant", "content": "z"},
    ]
    assert merge_stats(messages) == {"before": 5, "after": 4, "folded": 1}
