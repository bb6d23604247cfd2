import pytest

from stream_idle_watchdog import StreamTimeout, Watchdog, guarded


class FakeClock:
    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def arriving(clock, schedule, end=None):
    for at, text in schedule:
        clock.now = at
        yield text
    if end is not None:
        clock.now = end


def _outcome(schedule, end=None, start=0.0, **limits):
    clock = FakeClock(start)
    watchdog = Watchdog(clock, **limits)
    received = []
    try:
        for chunk in guarded(arriving(clock, schedule, end), watchdog):
            received.append(chunk)
    except StreamTimeout as timeout:
        return received, timeout.reason, round(timeout.waited, 6)
    return received, None, None


def test_idle_measured_from_the_last_chunk():
    schedule = [(100.0 + 4 * i, str(i)) for i in range(1, 30)]
    received, reason, _ = _outcome(schedule, end=217.0, start=100.0, idle=5, first_chunk=5)
    assert reason is None
    assert received == [str(i) for i in range(1, 30)]


def test_idle_gap_in_the_middle_of_a_long_stream():
    schedule = [(float(t), "k") for t in range(1, 40)] + [(47.5, "late"), (48.0, "z")]
    received, reason, waited = _outcome(schedule, idle=8)
    assert reason == "idle"
    assert waited == 8.5
    assert len(received) == 39


def test_gap_exactly_at_the_limit_is_allowed():
    schedule = [(2.0, "a"), (12.0, "b"), (22.0, "c")]
    received, reason, _ = _outcome(schedule, end=32.0, idle=10)
    assert (received, reason) == (["a", "b", "c"], None)


def test_total_wins_over_idle_and_reports_elapsed():
    schedule = [(t * 3.0, ".") for t in range(1, 50)]
    received, reason, waited = _outcome(schedule, idle=4, total=100, start=0.0)
    assert reason == "total"
    assert waited == 102.0
    assert len(received) == 33


def test_empty_stream():
    assert _outcome([], end=3.0) == ([], None, None)
    assert _outcome([], end=45.0, first_chunk=30) == ([], "first_chunk", 45.0)


def test_manual_checks():
    clock = FakeClock(50.0)
    watchdog = Watchdog(clock, first_chunk=3, idle=3, total=1000)
    for step in range(1, 200):
        clock.now = 50.0 + step * 2.5
        watchdog.chunk_arrived()
    clock.now += 3.0
    watchdog.check()
    clock.now += 0.5
    with pytest.raises(StreamTimeout, match="idle"):
        watchdog.check()
