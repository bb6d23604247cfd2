from approval_timeouts import ApprovalBoard


def request(board, rid, at, **extra):
    board.handle({"type": "request", "id": rid, "tool": "shell", "at": at, **extra})


def test_approved_in_time():
    board = ApprovalBoard(default_timeout=60)
    request(board, "r1", at=0)
    board.handle({"type": "approve", "id": "r1", "user": "alice", "at": 10})
    assert board.decision("r1") == ("approved", "alice")


def test_denied():
    board = ApprovalBoard()
    request(board, "r1", at=0)
    board.handle({"type": "deny", "id": "r1", "user": "bob", "at": 5})
    assert board.decision("r1")[0] == "denied"


def test_tick_expires_overdue_requests():
    board = ApprovalBoard(default_timeout=60)
    request(board, "r1", at=0)
    board.handle({"type": "tick", "at": 61})
    assert board.decision("r1") == ("expired", None)


def test_per_request_timeout():
    board = ApprovalBoard(default_timeout=60)
    request(board, "quick", at=0, timeout=5)
    request(board, "slow", at=0)
    board.handle({"type": "tick", "at": 6})
    assert board.pending() == ["slow"]


def test_late_approval_does_not_count():
    board = ApprovalBoard(default_timeout=60)
    request(board, "r1", at=0)
    board.handle({"type": "approve", "id": "r1", "user": "alice", "at": 90})
    assert board.decision("r1")[0] == "expired"


def test_pending_lists_open_requests():
    board = ApprovalBoard()
    request(board, "a", at=0)
    request(board, "b", at=1)
    board.handle({"type": "approve", "id": "a", "user": "carol", "at": 2})
    assert board.pending() == ["b"]
