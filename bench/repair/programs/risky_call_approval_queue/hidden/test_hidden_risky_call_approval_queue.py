from risky_call_approval_queue import ApprovalQueue


def drain(queue, reviewer="r"):
    order = []
    while (call_id := queue.peek()) is not None:
        order.append(call_id)
        queue.decide(call_id, approve=True, reviewer=reviewer)
    return order


def test_full_review_order_by_risk():
    queue = ApprovalQueue()
    for call_id, risk in [("a", 0.1), ("b", 0.8), ("c", 0.3), ("d", 0.95), ("e", 0.5)]:
        queue.submit(call_id, "shell", risk)
    assert drain(queue) == ["d", "b", "e", "c", "a"]
    assert queue.pending_count() == 0


def test_equal_risk_keeps_submission_order():
    queue = ApprovalQueue()
    for call_id in ["z", "y", "x"]:
        queue.submit(call_id, "write_file", 0.6)
    queue.submit("w", "write_file", 0.9)
    assert drain(queue) == ["w", "z", "y", "x"]


def test_deciding_out_of_order_skips_decided_calls():
    queue = ApprovalQueue()
    queue.submit("a", "shell", 0.9)
    queue.submit("b", "shell", 0.7)
    queue.submit("c", "shell", 0.8)
    queue.decide("a", approve=False, reviewer="kim")
    queue.decide("c", approve=True, reviewer="lu")
    assert queue.peek() == "b"
    assert queue.status("a") == "denied"
    assert queue.pending_count() == 1
    assert queue.decided_by("lu") == ["c"]


def test_later_high_risk_jumps_ahead():
    queue = ApprovalQueue()
    queue.submit("first", "http_get", 0.3)
    queue.submit("second", "http_get", 0.3)
    assert queue.peek() == "first"
    queue.submit("urgent", "shell", 1.0)
    assert queue.peek() == "urgent"
    assert drain(queue) == ["urgent", "first", "second"]
