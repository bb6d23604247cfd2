from summary_trigger import Message, SummaryPolicy

SYSTEM = Message("system", "You are a careful coding agent.")


def turns(count, size=40):
    roles = ["user", "assistant"]
    return [Message(roles[i % 2], f"{i:03d}" + "x" * (size - 3)) for i in range(count)]


def test_short_conversation_is_left_alone():
    policy = SummaryPolicy(context_window=1000)
    assert not policy.should_summarize([SYSTEM, *turns(4)])


def test_long_conversation_triggers_summary():
    policy = SummaryPolicy(context_window=300)
    assert policy.should_summarize([SYSTEM, *turns(20)])


def test_recent_summary_delays_the_next_one():
    policy = SummaryPolicy(context_window=300, min_new_messages=6)
    summary = Message("system", "Summary: " + "s" * 800, is_summary=True)
    history = [SYSTEM, summary, *turns(3)]
    assert policy.tokens_used(history) < 300
    assert not policy.should_summarize(history)


def test_split_keeps_system_prompt_and_recent_turns():
    policy = SummaryPolicy(context_window=300, keep_recent=2)
    history = [SYSTEM, *turns(5)]
    old, kept = policy.split(history)
    assert old == history[1:4]
    assert kept == [SYSTEM, *history[4:]]


def test_previous_summary_is_folded_into_the_next():
    policy = SummaryPolicy(context_window=300, keep_recent=2)
    summary = Message("system", "Summary: the user wants a CSV parser.", is_summary=True)
    recent = turns(4)
    old, kept = policy.split([SYSTEM, summary, *recent])
    assert old == [summary, *recent[:2]]
    assert kept == [SYSTEM, *recent[2:]]
