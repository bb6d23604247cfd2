from prompt_fit import Message, count_tokens, fit_to_budget, message_cost, truncate_tokens


def conversation():
    return [
        Message("system", "You are a careful coding assistant.", priority=10),
        Message("user", "Please read the config file."),
        Message("assistant", "It sets the port to 8080."),
        Message("user", "Now change the port to 9090."),
    ]


def test_count_tokens():
    assert count_tokens("Hello, world!") == 4
    assert count_tokens("") == 0


def test_truncate_tokens():
    assert truncate_tokens("one two three four", 2) == "one two [...]"
    assert truncate_tokens("short text", 5) == "short text"


def test_everything_fits():
    messages = conversation()
    total = sum(message_cost(m) for m in messages)
    result = fit_to_budget(messages, total)
    assert result.messages == messages
    assert (result.dropped, result.tokens) == (0, total)


def test_oldest_turns_dropped_first():
    messages = conversation()
    budget = message_cost(messages[0]) + message_cost(messages[3]) + 1
    result = fit_to_budget(messages, budget)
    assert [m.role for m in result.messages] == ["system", "user"]
    assert result.messages[1].content == "Now change the port to 9090."
    assert result.dropped == 2
