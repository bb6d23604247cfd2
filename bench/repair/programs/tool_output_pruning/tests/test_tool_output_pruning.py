from tool_output_pruning import PRUNED, History, Message


def tool(call_id, size):
    return Message("tool", "x" * size, tool_call_id=call_id)


def build(budget, sizes, keep_recent=1):
    history = History(tool_budget=budget, keep_recent=keep_recent)
    history.append(Message("user", "fix the failing test"))
    for number, size in enumerate(sizes):
        history.append(Message("assistant", f"calling tool {number}"))
        history.append(tool(f"call_{number}", size))
    return history


def test_counts_tool_output_only():
    history = build(1000, [100, 250])
    assert history.tool_chars == 350


def test_prune_stubs_oldest_outputs_first():
    history = build(300, [200, 200, 200], keep_recent=1)
    assert history.prune() == 2
    contents = [m.content for m in history.messages if m.role == "tool"]
    assert contents == [PRUNED, PRUNED, "x" * 200]
    assert history.tool_chars == 2 * len(PRUNED) + 200


def test_prune_keeps_recent_outputs_even_over_budget():
    history = build(10, [500, 500], keep_recent=2)
    assert history.prune() == 0


def test_rewind_drops_the_retried_turn():
    history = build(1000, [100, 400])
    dropped = history.rewind(3)
    assert [m.tool_call_id for m in dropped] == [None, "call_1"]
    assert len(history.messages) == 3
    assert history.tool_chars == 100


def test_payload_format():
    history = build(1000, [3])
    assert history.as_payload()[-1] == {"role": "tool", "content": "xxx", "tool_call_id": "call_0"}
