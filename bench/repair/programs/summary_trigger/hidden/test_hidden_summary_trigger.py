from summary_trigger import Message, SummaryPolicy

SYSTEM = Message("system", "You are an agent.")


def turns(count, size=40):
    roles = ["user", "assistant", "tool"]
    return [Message(roles[i % 3], f"{i:03d}" + "y" * (size - 3)) for i in range(count)]


def test_several_summaries_all_folded():
    policy = SummaryPolicy(context_window=500, keep_recent=1)
    first = Message("system", "Summary 1", is_summary=True)
    second = Message("system", "Earlier: the user asked for tests.", is_summary=True)
    recent = turns(3)
    history = [SYSTEM, first, recent[0], second, recent[1], recent[2]]
    old, kept = policy.split(history)
    assert old == [first, recent[0], second, recent[1]]
    assert kept == [SYSTEM, recent[2]]


def test_summary_among_recent_turns_is_kept_in_place():
    policy = SummaryPolicy(context_window=500, keep_recent=4)
    summary = Message("system", "Summary", is_summary=True)
    recent = turns(4)
    old, kept = policy.split([SYSTEM, recent[0], summary, *recent[1:]])
    assert old == [recent[0]]
    assert kept == [SYSTEM, summary, *recent[1:]]


def test_later_system_notices_stay_pinned():
    policy = SummaryPolicy(context_window=500, keep_recent=1)
    notice = Message("system", "The user switched to read-only mode.")
    summary = Message("system", "Summary", is_summary=True)
    recent = turns(3)
    old, kept = policy.split([SYSTEM, summary, recent[0], notice, *recent[1:]])
    assert old == [summary, recent[0], recent[1]]
    assert kept == [SYSTEM, notice, recent[2]]


def test_nothing_old_enough():
    policy = SummaryPolicy(context_window=500, keep_recent=10)
    history = [SYSTEM, Message("system", "Summary", is_summary=True), *turns(3)]
    old, kept = policy.split(history)
    assert old == []
    assert kept == history


def test_full_window_summarizes_even_right_after_a_summary():
    policy = SummaryPolicy(context_window=200, min_new_messages=6)
    summary = Message("system", "Summary: " + "s" * 900, is_summary=True)
    assert policy.should_summarize([SYSTEM, summary, *turns(2)])


def test_enough_new_messages_since_summary():
    policy = SummaryPolicy(context_window=400, min_new_messages=6)
    summary = Message("system", "Summary", is_summary=True)
    history = [SYSTEM, summary, *turns(30)]
    assert policy.messages_since_summary(history) == 30
    assert policy.should_summarize(history)
