from role_token_budgets import RoleBudgets, message_tokens


def transcript():
    return [
        {"role": "system", "content": "You are a careful coding agent." * 4},
        {"role": "user", "content": "List the files in the repo."},
        {"role": "assistant", "content": None,
         "tool_calls": [{"id": "c1", "function": {"name": "ls", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "README.md\nsetup.py\nsrc/\n" * 20},
        {"role": "assistant", "content": "There are three entries."},
    ]


def test_text_message_tokens():
    assert message_tokens({"role": "user", "content": "hello world"}) == 4 + 3


def test_content_parts_count_only_text():
    message = {"role": "user", "content": [
        {"type": "text", "text": "abcdefgh"},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
    ]}
    assert message_tokens(message) == 4 + 2


def test_usage_sums_per_role():
    budgets = RoleBudgets()
    messages = [{"role": "user", "content": "a" * 40}, {"role": "user", "content": "b" * 8},
                {"role": "assistant", "content": "ok"}]
    assert budgets.usage(messages) == {"user": 14 + 6, "assistant": 5}


def test_trim_drops_oldest_user_messages_first():
    budgets = RoleBudgets(limits={"user": 30})
    messages = [{"role": "system", "content": "s" * 400}] + [
        {"role": "user", "content": f"question {n} " + "x" * 40} for n in range(4)
    ]
    kept = budgets.trim(messages)
    assert [m["content"][:10] for m in kept[1:]] == ["question 3"]
    assert kept[0]["role"] == "system"


def test_tool_output_over_budget_in_agent_transcript():
    budgets = RoleBudgets(limits={"tool": 50})
    assert budgets.over_budget(transcript()) == ["tool"]


def test_trim_agent_transcript():
    budgets = RoleBudgets(limits={"tool": 50})
    kept = budgets.trim(transcript())
    assert [m["role"] for m in kept] == ["system", "user", "assistant", "assistant"]
