import pytest
from cancel_token import Cancelled, CancelToken


def test_cancel_records_reason():
    token = CancelToken()
    assert token.cancel("user pressed stop")
    assert token.cancelled
    assert token.reason == "user pressed stop"


def test_second_cancel_is_a_no_op():
    token = CancelToken()
    token.cancel("first")
    assert not token.cancel("second")
    assert token.reason == "first"


def test_children_cancelled_with_parent():
    run = CancelToken()
    tool_call = run.child()
    run.cancel("stop")
    assert tool_call.reason == "stop"


def test_callback_is_told_why():
    token = CancelToken()
    log = []
    token.on_cancel(lambda: log.append(f"stopping: {token.reason}"))
    token.cancel("budget exhausted")
    assert log == ["stopping: budget exhausted"]


def test_deadline_check():
    token = CancelToken(deadline=10.0)
    token.check(now=9.5)
    with pytest.raises(Cancelled, match="deadline exceeded"):
        token.check(now=10.0)


def test_child_deadline_capped_by_parent():
    run = CancelToken(deadline=30.0)
    assert run.child(timeout=60.0, now=5.0).deadline == 30.0
    assert run.child(timeout=10.0, now=5.0).deadline == 15.0
