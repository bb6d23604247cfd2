from tool_output_pruning import PRUNED, History, Message


def tool(call_id, size):
    return Message("tool", "y" * size, tool_call_id=call_id)


def build(budget, sizes, keep_recent=1):
    history = History(tool_budget=budget, keep_recent=keep_recent)
    history.append(Message("user", "summarise the repo"))
    for number, size in enumerate(sizes):
        history.append(Message("assistant", f"step {number}"))
        history.append(tool(f"t{number}", size))
    return history


def recount(history):
    return sum(len(m.content) for m in history.messages if m.role == "tool")


def test_prune_after_rewind_leaves_history_that_fits_alone():
    history = build(500, [200, 200, 900])
    history.rewind(5)
    assert history.prune() == 0
    assert [m.content for m in history.messages if m.role == "tool"] == ["y" * 200, "y" * 200]


def test_counter_matches_messages_through_mixed_operations():
    history = build(250, [120, 80, 300, 60], keep_recent=1)
    history.prune()
    assert history.tool_chars == recount(history)
    history.rewind(6)
    assert history.tool_chars == recount(history)
    history.append(tool("t9", 700))
    history.prune()
    assert history.tool_chars == recount(history)
    history.rewind(0)
    assert history.tool_chars == 0 and history.messages == []


def test_rewind_of_non_tool_messages_keeps_count():
    history = build(1000, [40])
    history.append(Message("assistant", "a long answer " * 20))
    history.rewind(4)
    assert history.tool_chars == 40


def test_rewind_past_the_end_changes_nothing():
    history = build(1000, [10, 20])
    assert history.rewind(50) == []
    assert history.tool_chars == 30


def test_rewind_over_a_stubbed_output():
    history = build(100, [300, 50], keep_recent=1)
    assert history.prune() == 1
    history.rewind(3)
    assert history.tool_chars == len(PRUNED)
    history.append(tool("t5", 90))
    assert history.prune() == 0
