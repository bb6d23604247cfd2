from role_token_budgets import MESSAGE_OVERHEAD, RoleBudgets, message_tokens


def test_tool_call_message_costs_only_the_overhead():
    message = {"role": "assistant", "content": None, "tool_calls": [{"id": "x"}]}
    assert message_tokens(message) == MESSAGE_OVERHEAD


def test_message_without_content_key():
    assert message_tokens({"role": "tool", "tool_call_id": "t9"}) == MESSAGE_OVERHEAD


def test_empty_string_and_empty_parts():
    assert message_tokens({"role": "user", "content": ""}) == MESSAGE_OVERHEAD
    assert message_tokens({"role": "user", "content": []}) == MESSAGE_OVERHEAD


def test_usage_with_several_tool_call_turns():
    messages = [
        {"role": "assistant", "content": None, "tool_calls": []},
        {"role": "tool", "content": "x" * 9},
        {"role": "assistant", "content": None, "tool_calls": []},
        {"role": "assistant", "content": "done"},
    ]
    assert RoleBudgets().usage(messages) == {"assistant": 4 + 4 + 5, "tool": 7}


def test_trim_keeps_recent_null_content_turns_within_budget():
    budgets = RoleBudgets(limits={"assistant": 10})
    messages = [
        {"role": "assistant", "content": "a" * 40},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]},
        {"role": "tool", "content": "result"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "2"}]},
    ]
    kept = budgets.trim(messages)
    assert kept == messages[1:]


def test_over_budget_sorted_and_default_limit():
    budgets = RoleBudgets(limits={"user": 5}, default_limit=6)
    messages = [
        {"role": "user", "content": "12345678"},
        {"role": "tool", "content": None},
        {"role": "tool", "content": "12345678"},
        {"role": "assistant", "content": "12"},
    ]
    assert budgets.over_budget(messages) == ["tool", "user"]


def test_protected_roles_are_never_trimmed():
    budgets = RoleBudgets(limits={"system": 1, "developer": 1},
                          protected_roles=frozenset({"system", "developer"}))
    messages = [{"role": "system", "content": "x" * 100},
                {"role": "developer", "content": None}]
    assert budgets.trim(messages) == messages
