from tool_pairing import INTERRUPTED, pending_calls, repair_history


def assistant(*call_ids, content=None):
    calls = [{"id": cid, "type": "function",
              "function": {"name": "read", "arguments": "{\"path\": \"a\"}"}} for cid in call_ids]
    return {"role": "assistant", "content": content, "tool_calls": calls or None}


def result(call_id, content="ok"):
    return {"role": "tool", "tool_call_id": call_id, "content": content}


SYSTEM = {"role": "system", "content": "be brief"}
USER = {"role": "user", "content": "go"}


def test_two_complete_turns_unchanged():
    history = [SYSTEM, USER, assistant("t1", "t2"), result("t1", "x"), result("t2", "y"),
               assistant("t3", content="one more"), result("t3"),
               {"role": "assistant", "content": "finished"}]
    assert repair_history(history) == history


def test_every_unanswered_call_answered_in_place():
    history = [USER, assistant("p", "q"), {"role": "user", "content": "hello?"}]
    assert repair_history(history) == [
        USER, assistant("p", "q"),
        {"role": "tool", "tool_call_id": "p", "content": INTERRUPTED},
        {"role": "tool", "tool_call_id": "q", "content": INTERRUPTED},
        {"role": "user", "content": "hello?"},
    ]


def test_orphan_next_to_valid_result():
    history = [USER, assistant("k"), result("ghost"), result("k", "fine")]
    assert repair_history(history) == [USER, assistant("k"), result("k", "fine")]


def test_pending_calls_after_full_answers():
    history = [USER, assistant("m1", "m2"), result("m2"), result("m1")]
    assert pending_calls(history) == []
    assert pending_calls([USER, assistant("z")]) == ["z"]
