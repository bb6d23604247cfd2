from token_budget import fit_to_budget, message_tokens, total_tokens


def msg(role, content):
    return {"role": role, "content": content}


def test_total_tokens_counts_overhead_per_message():
    assert total_tokens([msg("user", ""), msg("user", "abc"), msg("assistant", "a" * 9)]) == 4 + 5 + 7
    assert message_tokens(msg("user", "")) == 4


def test_reserve_for_output():
    history = [msg("user", "a" * 12), msg("assistant", "b" * 12), msg("user", "c" * 12)]
    # each message costs 3 + 4 = 7 tokens
    assert fit_to_budget(history, 21) == history
    assert fit_to_budget(history, 21, reserve=1) == history[1:]
    assert fit_to_budget(history, 21, reserve=8) == history[2:]


def test_no_holes_in_kept_history():
    history = [msg("user", "x"), msg("assistant", "y" * 200), msg("user", "z")]
    assert fit_to_budget(history, 20) == [history[2]]


def test_system_message_only_at_front_is_pinned():
    history = [msg("user", "q" * 8), msg("system", "note"), msg("user", "r" * 8), msg("user", "s" * 8)]
    # costs: 6, 5, 6, 6
    assert fit_to_budget(history, 17) == history[1:]
    assert fit_to_budget(history, 12) == history[2:]
