import pytest

from approval_escalation import ApprovalQueue


def test_new_requests_wait_for_on_call():
    queue = ApprovalQueue()
    first = queue.submit("shell", now=0.0)
    second = queue.submit("deploy", now=5.0)
    assert (first.id, second.id) == (1, 2)
    assert queue.pending("on_call") == [first, second]
    assert queue.pending("security") == []


def test_overdue_request_escalates_one_tier():
    queue = ApprovalQueue(escalate_after=600)
    request = queue.submit("shell", now=0.0)
    assert queue.escalate_overdue(now=599.0) == []
    assert queue.escalate_overdue(now=600.0) == [request]
    assert queue.pending("team_lead") == [request]


def test_security_is_the_last_tier():
    queue = ApprovalQueue(escalate_after=10)
    request = queue.submit("rm", now=0.0)
    for now in (10.0, 20.0, 30.0, 40.0):
        queue.escalate_overdue(now)
    assert queue.pending("security") == [request]


def test_approve_with_comment():
    queue = ApprovalQueue()
    queue.submit("shell", now=0.0)
    request = queue.handle_reply("ana", "on_call", "/approve 1 read-only command, fine")
    assert request.decision == "approved"
    assert request.comment == "read-only command, fine"
    assert request.decided_by == "ana"
    assert queue.pending() == []


def test_deny_without_comment():
    queue = ApprovalQueue()
    queue.submit("shell", now=0.0)
    request = queue.handle_reply("bo", "team_lead", "/deny 1")
    assert (request.decision, request.comment) == ("denied", "")


def test_escalated_request_needs_a_higher_tier():
    queue = ApprovalQueue(escalate_after=60)
    queue.submit("deploy", now=0.0)
    queue.escalate_overdue(now=60.0)
    with pytest.raises(PermissionError):
        queue.handle_reply("ana", "on_call", "/approve 1")


def test_unknown_command():
    queue = ApprovalQueue()
    queue.submit("shell", now=0.0)
    with pytest.raises(ValueError):
        queue.handle_reply("ana", "on_call", "/maybe 1")
