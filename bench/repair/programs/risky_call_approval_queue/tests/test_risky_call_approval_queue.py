import pytest

from risky_call_approval_queue import ApprovalQueue


def test_empty_queue_has_nothing_to_review():
    queue = ApprovalQueue()
    assert queue.peek() is None
    assert queue.pending_count() == 0


def test_single_call_flow():
    queue = ApprovalQueue()
    queue.submit("c1", "shell", risk=0.7)
    assert queue.peek() == "c1"
    queue.decide("c1", approve=True, reviewer="ines")
    assert queue.status("c1") == "approved"
    assert queue.peek() is None
    assert queue.decided_by("ines") == ["c1"]


def test_riskiest_call_is_reviewed_first():
    queue = ApprovalQueue()
    queue.submit("low", "http_get", risk=0.2)
    queue.submit("high", "shell", risk=0.9)
    queue.submit("mid", "write_file", risk=0.5)
    assert queue.peek() == "high"
    assert queue.pending_count() == 3


def test_cannot_decide_twice():
    queue = ApprovalQueue()
    queue.submit("c1", "shell", risk=0.4)
    queue.decide("c1", approve=False, reviewer="ines")
    with pytest.raises(KeyError):
        queue.decide("c1", approve=True, reviewer="ines")


def test_duplicate_submission_rejected():
    queue = ApprovalQueue()
    queue.submit("c1", "shell", risk=0.4)
    with pytest.raises(ValueError):
        queue.submit("c1", "shell", risk=0.4)
