import pytest

from approval_escalation import ApprovalQueue


def make_queue(count=1):
    queue = ApprovalQueue(escalate_after=300)
    for i in range(count):
        queue.submit(f"tool{i}", now=float(i))
    return queue


def test_comment_kept_verbatim():
    queue = make_queue()
    request = queue.handle_reply("li", "security", "/deny 1 rm -rf  on /srv  is too risky")
    assert request.decision == "denied"
    assert request.comment == "rm -rf  on /srv  is too risky"


def test_comment_with_extra_spacing_around_id():
    queue = make_queue(3)
    request = queue.handle_reply("li", "on_call", "  /approve   3   ok,   ship it  ")
    assert request.id == 3
    assert request.comment == "ok,   ship it"


def test_single_word_comment():
    queue = make_queue()
    assert queue.handle_reply("li", "on_call", "/approve 1 fine").comment == "fine"


def test_comment_containing_another_id():
    queue = make_queue(2)
    request = queue.handle_reply("li", "on_call", "/approve 2 same as 1 yesterday")
    assert request.comment == "same as 1 yesterday"
    assert queue.requests[1].decision is None


def test_cannot_decide_twice():
    queue = make_queue()
    queue.handle_reply("li", "on_call", "/approve 1 ok then")
    with pytest.raises(ValueError):
        queue.handle_reply("mo", "security", "/deny 1 no")
    assert queue.requests[1].comment == "ok then"


def test_escalation_clock_restarts_at_each_tier():
    queue = make_queue()
    request = queue.requests[1]
    queue.escalate_overdue(now=300.0)
    assert queue.escalate_overdue(now=599.0) == []
    assert queue.escalate_overdue(now=600.0) == [request]
    assert request.tier == 2


def test_decided_requests_do_not_escalate():
    queue = make_queue(2)
    queue.handle_reply("li", "on_call", "/deny 1 not now")
    assert queue.escalate_overdue(now=1000.0) == [queue.requests[2]]
