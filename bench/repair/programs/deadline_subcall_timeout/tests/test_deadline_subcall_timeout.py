import pytest

from deadline_subcall_timeout import Deadline, DeadlineExceeded, call_tool


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


def test_remaining_counts_down():
    clock = FakeClock()
    d = Deadline(10, clock=clock)
    clock.now += 4
    assert d.remaining() == pytest.approx(6)
    clock.now += 7
    assert d.remaining() == 0.0
    assert d.expired()


def test_header_parsing():
    clock = FakeClock()
    assert Deadline.from_headers({"grpc-timeout": "1500m"}, clock=clock).remaining() == pytest.approx(1.5)
    assert Deadline.from_headers({"grpc-timeout": "2S"}, clock=clock).remaining() == pytest.approx(2)
    assert Deadline.from_headers({}, default=7, clock=clock).remaining() == pytest.approx(7)


def test_child_gets_parent_time_minus_reserve():
    clock = FakeClock()
    parent = Deadline(5, clock=clock)
    clock.now += 1
    child = parent.child(reserve=0.5)
    assert child.remaining() == pytest.approx(3.5, abs=0.01)
    clock.now += 3.5
    assert child.expired()


def test_call_tool_passes_timeout():
    clock = FakeClock()
    seen = {}

    def search(args, timeout):
        seen["timeout"] = timeout
        return ["hit"]

    assert call_tool(Deadline(2, clock=clock), search, {"q": "x"}, timeout=0.5) == ["hit"]
    assert seen["timeout"] == pytest.approx(0.5, abs=0.01)


def test_call_tool_refuses_when_expired():
    clock = FakeClock()
    d = Deadline(1, clock=clock)
    clock.now += 2

    def tool(args, timeout):
        raise AssertionError("must not be called")

    with pytest.raises(DeadlineExceeded):
        call_tool(d, tool, {})
