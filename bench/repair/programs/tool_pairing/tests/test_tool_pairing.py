from tool_pairing import INTERRUPTED, pending_calls, repair_history


def assistant(*call_ids, content=None):
    calls = [{"id": cid, "type": "function",
              "function": {"name": "search", "arguments": "{}"}} for cid in call_ids]
    return {"role": "assistant", "content": content, "tool_calls": calls or None}


def result(call_id, content="ok"):
    return {"role": "tool", "tool_call_id": call_id, "content": content}


USER = {"role": "user", "content": "find it"}


def test_plain_conversation_unchanged():
    history = [USER, {"role": "assistant", "content": "Sure."}]
    assert repair_history(history) == history


def test_complete_tool_turn_unchanged():
    history = [USER, assistant("call_1"), result("call_1"), {"role": "assistant", "content": "done"}]
    assert repair_history(history) == history


def test_orphan_result_dropped():
    history = [USER, result("call_old"), {"role": "assistant", "content": "hi"}]
    assert repair_history(history) == [USER, {"role": "assistant", "content": "hi"}]


def test_unanswered_call_gets_placeholder():
    history = [USER, assistant("call_1", "call_2"), result("call_1")]
    repaired = repair_history(history)
    assert repaired[2] == {"role": "tool", "tool_call_id": "call_2", "content": INTERRUPTED}
    assert repaired[3] == result("call_1")


def test_pending_calls():
    assert pending_calls([USER, assistant("a", "b"), result("b")]) == ["a"]
    assert pending_calls([USER]) == []
