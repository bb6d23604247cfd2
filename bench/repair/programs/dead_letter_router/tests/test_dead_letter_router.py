import pytest

from dead_letter_router import PermanentError, deliver_all


def flaky(failures):
    """Handler that raises the given exceptions in turn, then succeeds."""
    pending = list(failures)

    def handler(event):
        if pending:
            raise pending.pop(0)

    return handler


def test_all_delivered_first_time():
    delivered, dead = deliver_all([1, 2, 3], lambda e: None, sleep=lambda s: None)
    assert delivered == [1, 2, 3]
    assert dead == []


def test_timeout_is_retried_with_backoff():
    sleeps = []
    handler = flaky([TimeoutError("slow"), TimeoutError("slow")])
    delivered, dead = deliver_all(["e"], handler, backoff=1.0, sleep=sleeps.append)
    assert delivered == ["e"]
    assert sleeps == [1.0, 2.0]


def test_refused_connection_is_retried():
    handler = flaky([ConnectionRefusedError("receiver down")])
    delivered, dead = deliver_all(["e"], handler, sleep=lambda s: None)
    assert delivered == ["e"]
    assert dead == []


def test_permanent_error_goes_straight_to_dead_letters():
    calls = []

    def handler(event):
        calls.append(event)
        raise PermanentError("410 gone")

    delivered, dead = deliver_all(["e"], handler, sleep=lambda s: None)
    assert delivered == []
    assert dead == [("e", "rejected: 410 gone")]
    assert calls == ["e"]


def test_handler_bug_propagates():
    def handler(event):
        raise KeyError("oops")

    with pytest.raises(KeyError):
        deliver_all(["e"], handler, sleep=lambda s: None)
