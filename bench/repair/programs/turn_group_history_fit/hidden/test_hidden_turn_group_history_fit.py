from turn_group_history_fit import fit_history, history_tokens, message_tokens


def msg(role, content):
    return {"role": role, "content": content}


def test_exact_fit_keeps_all_without_system():
    chat = [msg("user", "a b c"), msg("assistant", "d e"), msg("user", "f")]
    assert fit_history(chat, history_tokens(chat)) == chat


def test_one_token_short_drops_the_oldest_message():
    chat = [msg("user", "a b c"), msg("assistant", "d e"), msg("user", "f")]
    assert fit_history(chat, history_tokens(chat) - 1) == chat[1:]


def test_exact_fit_for_each_suffix():
    system = msg("system", "be brief")
    rest = [msg("user" if i % 2 == 0 else "assistant", "w " * (i + 1)) for i in range(6)]
    chat = [system] + rest
    for k in range(len(rest) + 1):
        suffix = rest[len(rest) - k:]
        budget = history_tokens([system] + suffix)
        assert fit_history(chat, budget) == [system] + suffix
        assert fit_history(chat, budget + 1) == [system] + suffix


def test_result_never_exceeds_budget_unless_only_system():
    system = msg("system", "rules " * 20)
    chat = [system] + [msg("user", "x " * i) for i in range(1, 8)]
    for budget in range(0, history_tokens(chat) + 3):
        kept = fit_history(chat, budget)
        assert kept[0] is system
        if len(kept) > 1:
            assert history_tokens(kept) <= budget


def test_several_tool_results_kept_or_dropped_together():
    chat = [
        msg("user", "check both files"),
        msg("assistant", "reading a and b"),
        msg("tool", "contents of a"),
        msg("tool", "contents of b"),
        msg("assistant", "both look fine"),
    ]
    group = chat[1:4]
    budget = history_tokens(chat[1:])
    assert fit_history(chat, budget) == chat[1:]
    assert fit_history(chat, budget - 1) == chat[4:]
    assert fit_history(chat, history_tokens(chat[4:]) + history_tokens(group) - 1) == chat[4:]


def test_empty_and_zero_budget():
    assert fit_history([], 100) == []
    assert fit_history([msg("user", "hello")], 0) == []
    assert fit_history([msg("user", "hello")], message_tokens(msg("user", "hello"))) == [msg("user", "hello")]


def test_input_not_modified():
    chat = [msg("system", "s"), msg("user", "u v w")]
    copy = list(chat)
    fit_history(chat, 1)
    assert chat == copy
