import pytest

from dead_letter_router import PermanentError, deliver_all


def test_reset_connections_exhaust_attempts():
    sleeps = []
    calls = []

    def handler(event):
        calls.append(event)
        raise ConnectionResetError("peer reset")

    delivered, dead = deliver_all(["a"], handler, max_attempts=4, backoff=0.25, sleep=sleeps.append)
    assert delivered == []
    assert len(dead) == 1
    assert dead[0][0] == "a"
    assert dead[0][1].startswith("gave up after 4 attempts")
    assert "ConnectionResetError" in dead[0][1]
    assert sleeps == [0.25, 0.5, 1.0]
    assert calls == ["a"] * 4


def test_mixed_transient_errors_then_success():
    pending = {"x": [ConnectionAbortedError(), TimeoutError()], "y": [BrokenPipeError()]}

    def handler(event):
        if pending[event]:
            raise pending[event].pop(0)

    delivered, dead = deliver_all(["x", "y"], handler, max_attempts=3, sleep=lambda s: None)
    assert delivered == ["x", "y"]
    assert dead == []


def test_plain_connection_error_retried():
    attempts = []

    def handler(event):
        attempts.append(event)
        if len(attempts) < 3:
            raise ConnectionError("no route")

    delivered, dead = deliver_all(["z"], handler, sleep=lambda s: None)
    assert delivered == ["z"]
    assert len(attempts) == 3


def test_order_and_independence_of_events():
    def handler(event):
        if event == "bad":
            raise PermanentError("schema")
        if event == "down":
            raise ConnectionRefusedError("refused")

    delivered, dead = deliver_all(["ok1", "bad", "down", "ok2"], handler, max_attempts=2, sleep=lambda s: None)
    assert delivered == ["ok1", "ok2"]
    assert [e for e, _ in dead] == ["bad", "down"]
    assert dead[0][1] == "rejected: schema"


def test_value_error_is_not_swallowed():
    def handler(event):
        raise ValueError("bug")

    with pytest.raises(ValueError):
        deliver_all(["e"], handler, sleep=lambda s: None)
