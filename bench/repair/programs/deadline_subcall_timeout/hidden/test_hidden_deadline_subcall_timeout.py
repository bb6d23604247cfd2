import pytest

from deadline_subcall_timeout import Deadline, DeadlineExceeded, call_tool


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_child_follows_the_same_clock():
    clock = FakeClock(1e6)
    child = Deadline(10, clock=clock).child(reserve=1)
    assert child.remaining() == pytest.approx(9)
    clock.now += 4
    assert child.remaining() == pytest.approx(5)
    clock.now += 5
    assert child.expired()


def test_child_timeout_caps_budget():
    clock = FakeClock(3.0)
    parent = Deadline(30, clock=clock)
    assert parent.child(timeout=2).remaining() == pytest.approx(2)
    assert parent.child(timeout=100, reserve=5).remaining() == pytest.approx(25)


def test_grandchild_never_outlives_parent():
    clock = FakeClock(0.0)
    parent = Deadline(4, clock=clock)
    child = parent.child(timeout=3)
    clock.now = 2.5
    grandchild = child.child(timeout=10, reserve=0.25)
    assert grandchild.remaining() == pytest.approx(0.25)
    clock.now = 2.75
    assert grandchild.expired()
    assert not parent.expired()


def test_child_headers():
    clock = FakeClock(7.0)
    child = Deadline(3, clock=clock).child(reserve=0.75)
    assert child.to_headers() == {"grpc-timeout": "2250m"}
    clock.now = 8.0
    assert child.to_headers() == {"grpc-timeout": "1250m"}


def test_reserve_larger_than_remaining_gives_expired_child():
    clock = FakeClock(10.0)
    child = Deadline(0.04, clock=clock).child(reserve=0.05)
    assert child.remaining() == 0.0
    assert child.expired()


def test_call_tool_refuses_when_only_reserve_left():
    clock = FakeClock(100.0)
    d = Deadline(1, clock=clock)
    clock.now = 100.96
    called = []

    def fetch(args, timeout):
        called.append(timeout)

    with pytest.raises(DeadlineExceeded, match="fetch"):
        call_tool(d, fetch, {}, reserve=0.05)
    assert called == []


def test_call_tool_timeout_tracks_clock():
    clock = FakeClock(2000.0)
    d = Deadline(3, clock=clock)
    clock.now = 2001.0
    got = []
    call_tool(d, lambda a, timeout: got.append(timeout), {}, reserve=0.5)
    assert got == [pytest.approx(1.5)]


def test_minute_units_header():
    clock = FakeClock(5.0)
    assert Deadline.from_headers({"grpc-timeout": "2M"}, clock=clock).remaining() == pytest.approx(120)
