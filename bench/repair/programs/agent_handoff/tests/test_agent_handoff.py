import json

from agent_handoff import Conversation, apply_assistant_message


def tool_call(call_id, name, **arguments):
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": json.dumps(arguments)}}


def new_conversation():
    return Conversation("triage", {"triage": {"billing", "support"}, "billing": {"triage"}})


def test_plain_answer_has_no_tool_results():
    conv = new_conversation()
    apply_assistant_message(conv, {"role": "assistant", "content": "Hello!"})
    assert conv.messages == [{"role": "assistant", "content": "Hello!"}]
    assert conv.active_agent == "triage"


def test_transfer_switches_agent():
    conv = new_conversation()
    call = tool_call("call_1", "transfer_to_agent", agent="billing", summary="refund request")
    apply_assistant_message(conv, {"role": "assistant", "content": None, "tool_calls": [call]})
    assert conv.active_agent == "billing"
    assert conv.handoffs == [("triage", "billing")]
    assert conv.messages[-1]["tool_call_id"] == "call_1"


def test_transfer_outside_routes_is_refused():
    conv = new_conversation()
    call = tool_call("call_2", "transfer_to_agent", agent="legal")
    apply_assistant_message(conv, {"role": "assistant", "content": None, "tool_calls": [call]})
    assert conv.active_agent == "triage"
    assert "error" in json.loads(conv.messages[-1]["content"])


def test_end_conversation():
    conv = new_conversation()
    call = tool_call("call_3", "end_conversation")
    apply_assistant_message(conv, {"role": "assistant", "content": None, "tool_calls": [call]})
    assert conv.ended


def test_unknown_tool_reported_to_model():
    conv = new_conversation()
    call = tool_call("call_4", "delete_account", user="u1")
    apply_assistant_message(conv, {"role": "assistant", "content": None, "tool_calls": [call]})
    assert json.loads(conv.messages[-1]["content"]) == {"error": "unknown tool delete_account"}
