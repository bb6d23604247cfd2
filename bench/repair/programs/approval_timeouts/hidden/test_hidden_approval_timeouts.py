from approval_timeouts import ApprovalBoard


def request(board, rid, at, **extra):
    board.handle({"type": "request", "id": rid, "tool": "deploy", "at": at, **extra})


def test_first_decision_wins():
    board = ApprovalBoard(default_timeout=100)
    request(board, "r", at=0)
    board.handle({"type": "approve", "id": "r", "user": "dana", "at": 1})
    board.handle({"type": "deny", "id": "r", "user": "eve", "at": 2})
    assert board.decision("r") == ("approved", "dana")


def test_denial_records_who_denied():
    board = ApprovalBoard()
    request(board, "r", at=0)
    board.handle({"type": "deny", "id": "r", "user": "frank", "at": 3})
    assert board.decision("r") == ("denied", "frank")


def test_decision_exactly_at_deadline_is_too_late():
    board = ApprovalBoard(default_timeout=30)
    request(board, "r", at=10)
    board.handle({"type": "approve", "id": "r", "user": "gus", "at": 40})
    assert board.decision("r") == ("expired", None)


def test_decision_after_tick_expiry_is_ignored():
    board = ApprovalBoard(default_timeout=30)
    request(board, "r", at=0)
    board.handle({"type": "tick", "at": 31})
    board.handle({"type": "deny", "id": "r", "user": "hana", "at": 32})
    assert board.decision("r") == ("expired", None)


def test_interleaved_requests():
    board = ApprovalBoard(default_timeout=50)
    request(board, "a", at=0)
    request(board, "b", at=20, timeout=100)
    request(board, "c", at=40)
    board.handle({"type": "approve", "id": "c", "user": "ivy", "at": 45})
    board.handle({"type": "approve", "id": "a", "user": "jon", "at": 60})
    board.handle({"type": "deny", "id": "b", "user": "kim", "at": 110})
    assert board.decision("a") == ("expired", None)
    assert board.decision("b") == ("denied", "kim")
    assert board.decision("c") == ("approved", "ivy")
    assert board.pending() == []
