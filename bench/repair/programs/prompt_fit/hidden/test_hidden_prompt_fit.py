from prompt_fit import Message, fit_to_budget, message_cost


def test_priority_beats_recency():
    messages = [
        Message("user", "pinned fact: the repo uses tabs", priority=5),
        Message("user", "old chatter " * 3),
        Message("user", "new chatter " * 3),
    ]
    budget = message_cost(messages[0]) + message_cost(messages[2])
    result = fit_to_budget(messages, budget)
    assert result.messages == [messages[0], messages[2]]
    assert result.tokens == budget


def test_newest_first_among_equals():
    messages = [Message("user", f"turn number {n}") for n in range(6)]
    budget = 3 * message_cost(messages[0])
    result = fit_to_budget(messages, budget)
    assert [m.content for m in result.messages] == ["turn number 3", "turn number 4",
                                                    "turn number 5"]
    assert result.dropped == 3


def test_large_message_skipped_smaller_older_kept():
    messages = [
        Message("system", "sys", priority=9),
        Message("user", "small"),
        Message("tool", "x " * 200),
        Message("user", "latest"),
    ]
    budget = sum(message_cost(messages[i]) for i in (0, 1, 3))
    result = fit_to_budget(messages, budget)
    assert [m.role for m in result.messages] == ["system", "user", "user"]
    assert result.dropped == 1


def test_system_prompt_alone_when_budget_is_tight():
    messages = [Message("system", "rules here", priority=3), Message("user", "hi"),
                Message("assistant", "hello")]
    result = fit_to_budget(messages, message_cost(messages[0]))
    assert result.messages == [messages[0]]
    assert (result.dropped, result.tokens) == (2, message_cost(messages[0]))


def test_zero_budget_keeps_nothing():
    result = fit_to_budget([Message("user", "hi")], 0)
    assert (result.messages, result.dropped, result.tokens) == ([], 1, 0)
