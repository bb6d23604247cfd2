from approval_queue import ApprovalQueue


def call(call_id, name):
    return {"id": call_id, "name": name, "arguments": {}}


def test_two_calls_of_the_same_tool_are_separate():
    queue = ApprovalQueue()
    queue.submit(call("a", "shell"))
    queue.submit(call("b", "shell"))
    assert sorted(queue.pending) == ["a", "b"]
    queue.approve("a")
    assert queue.status("a") == "approved"
    assert queue.status("b") == "pending"


def test_deny_removes_from_pending():
    queue = ApprovalQueue()
    queue.submit(call("x", "write_file"))
    queue.submit(call("y", "send_email"))
    queue.deny("x", "unsafe")
    assert list(queue.pending) == ["y"]
    assert queue.denied == {"x": "unsafe"}
    assert queue.approved == []


def test_mixed_decisions():
    queue = ApprovalQueue()
    for i, name in enumerate(["shell", "read_file", "shell", "write_file"]):
        queue.submit(call(f"c{i}", name))
    queue.approve("c2")
    queue.deny("c0", "no")
    assert queue.pending == {"c3": call("c3", "write_file")}
    assert [queue.status(f"c{i}") for i in range(4)] == ["denied", "unknown", "approved", "pending"]
