import pytest

from approval_queue import ApprovalQueue


def call(call_id, name, **arguments):
    return {"id": call_id, "name": name, "arguments": arguments}


def test_read_only_tools_run_at_once():
    queue = ApprovalQueue()
    assert queue.submit(call("c1", "read_file", path="a.txt")) == "run"
    assert queue.pending == {}


def test_risky_tool_waits():
    queue = ApprovalQueue()
    assert queue.submit(call("c1", "shell", cmd="ls")) == "pending"
    assert len(queue.pending) == 1


def test_unknown_call_id():
    assert ApprovalQueue().status("nope") == "unknown"


def test_approve_by_call_id():
    queue = ApprovalQueue()
    queue.submit(call("c7", "write_file", path="x", text="y"))
    assert queue.approve("c7")["arguments"] == {"path": "x", "text": "y"}
    assert queue.status("c7") == "approved"


def test_approving_unknown_id_fails():
    with pytest.raises(KeyError):
        ApprovalQueue().approve("c1")


def test_deny_produces_tool_message_and_clears_pending():
    queue = ApprovalQueue()
    queue.submit(call("c2", "send_email", to="boss"))
    message = queue.deny("c2", "not now")
    assert message == {"role": "tool", "tool_call_id": "c2", "content": "denied by user: not now"}
    assert queue.status("c2") == "denied"
