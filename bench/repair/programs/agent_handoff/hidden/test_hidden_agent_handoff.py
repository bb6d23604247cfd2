import json

from agent_handoff import Conversation, apply_assistant_message


def tool_call(call_id, name, arguments):
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": arguments}}


def assistant(*calls):
    return {"role": "assistant", "content": None, "tool_calls": list(calls)}


def test_summary_returned_to_the_model():
    conv = Conversation("front", {"front": {"sales"}})
    raw = '{"agent": "sales", "summary": "wants a quote for 40 seats"}'
    apply_assistant_message(conv, assistant(tool_call("c1", "transfer_to_agent", raw)))
    result = json.loads(conv.messages[-1]["content"])
    assert result == {"active_agent": "sales", "summary": "wants a quote for 40 seats"}


def test_two_handoffs_in_one_message_run_in_order():
    conv = Conversation("a", {"a": {"b"}, "b": {"c"}})
    apply_assistant_message(conv, assistant(
        tool_call("c1", "transfer_to_agent", '{"agent": "b"}'),
        tool_call("c2", "transfer_to_agent", '{"agent": "c"}'),
    ))
    assert conv.active_agent == "c"
    assert conv.handoffs == [("a", "b"), ("b", "c")]
    assert [m["tool_call_id"] for m in conv.messages[1:]] == ["c1", "c2"]


def test_refused_then_allowed():
    conv = Conversation("a", {"a": {"b"}})
    apply_assistant_message(conv, assistant(
        tool_call("c1", "transfer_to_agent", '{"agent": "z"}'),
        tool_call("c2", "transfer_to_agent", '{"agent": "b"}'),
    ))
    first, second = (json.loads(m["content"]) for m in conv.messages[1:])
    assert "error" in first and "z" in first["error"]
    assert second["active_agent"] == "b"


def test_pretty_printed_unicode_arguments():
    conv = Conversation("accueil", {"accueil": {"facturation"}})
    raw = json.dumps({"agent": "facturation", "summary": "remboursement déjà promis"}, indent=2,
                     ensure_ascii=False)
    apply_assistant_message(conv, assistant(tool_call("c9", "transfer_to_agent", raw)))
    assert conv.active_agent == "facturation"
    assert json.loads(conv.messages[-1]["content"])["summary"] == "remboursement déjà promis"


def test_handoff_then_end():
    conv = Conversation("a", {"a": {"b"}})
    apply_assistant_message(conv, assistant(
        tool_call("c1", "transfer_to_agent", '{"agent": "b"}'),
        tool_call("c2", "end_conversation", "{}"),
    ))
    assert conv.ended and conv.active_agent == "b"
    assert len(conv.messages) == 3
