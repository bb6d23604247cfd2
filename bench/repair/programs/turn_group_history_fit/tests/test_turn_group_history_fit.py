from turn_group_history_fit import fit_history, history_tokens, message_tokens


def msg(role, content):
    return {"role": role, "content": content}


SYSTEM = msg("system", "You are a careful coding assistant.")
CHAT = [
    SYSTEM,
    msg("user", "please list the files in src"),
    msg("assistant", "here they are: main.py util.py"),
    msg("user", "now open main.py for me"),
    msg("assistant", "main.py defines the command line entry point"),
]


def test_message_tokens_counts_words_plus_overhead():
    assert message_tokens(msg("user", "one two three")) == 7


def test_everything_kept_when_budget_is_large():
    assert fit_history(CHAT, 10_000) == CHAT


def test_oldest_turns_dropped_first():
    budget = history_tokens([SYSTEM] + CHAT[-2:])
    assert fit_history(CHAT, budget) == [SYSTEM] + CHAT[-2:]


def test_system_message_kept_even_with_tiny_budget():
    assert fit_history(CHAT, 3) == [SYSTEM]


def test_tool_result_travels_with_its_call():
    chat = [
        SYSTEM,
        msg("user", "what is in the config"),
        msg("assistant", "calling read_file"),
        msg("tool", "debug = true\nport = 8080"),
        msg("user", "thanks"),
    ]
    kept = fit_history(chat, history_tokens(chat) - 1)
    assert kept == [SYSTEM] + chat[2:]
