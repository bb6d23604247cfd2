import pytest

from stream_idle_watchdog import StreamTimeout, Watchdog, guarded


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def arriving(clock, schedule, end=None):
    """Chunks that arrive at the given times; the stream closes at `end`."""
    for at, text in schedule:
        clock.now = at
        yield text
    if end is not None:
        clock.now = end


def test_quick_stream_passes_through():
    clock = FakeClock()
    chunks = arriving(clock, [(0.5, "Hel"), (0.7, "lo"), (1.0, "!")])
    assert "".join(guarded(chunks, Watchdog(clock))) == "Hello!"


def test_first_chunk_too_late():
    clock = FakeClock()
    chunks = arriving(clock, [(31.0, "late")])
    with pytest.raises(StreamTimeout) as caught:
        list(guarded(chunks, Watchdog(clock, first_chunk=30)))
    assert caught.value.reason == "first_chunk"


def test_gap_between_chunks():
    clock = FakeClock()
    chunks = arriving(clock, [(1.0, "a"), (2.0, "b"), (14.0, "c")])
    received = []
    with pytest.raises(StreamTimeout) as caught:
        for chunk in guarded(chunks, Watchdog(clock, idle=10)):
            received.append(chunk)
    assert caught.value.reason == "idle"
    assert caught.value.waited == pytest.approx(12.0)
    assert received == ["a", "b"]


def test_long_steady_stream_is_fine():
    clock = FakeClock()
    schedule = [(float(second), "x") for second in range(1, 60)]
    chunks = arriving(clock, schedule, end=61.0)
    assert len(list(guarded(chunks, Watchdog(clock, idle=5)))) == 59


def test_total_limit():
    clock = FakeClock()
    schedule = [(second * 2.0, ".") for second in range(1, 100)]
    with pytest.raises(StreamTimeout) as caught:
        list(guarded(arriving(clock, schedule), Watchdog(clock, idle=5, total=60)))
    assert caught.value.reason == "total"


def test_stall_before_the_end():
    clock = FakeClock()
    chunks = arriving(clock, [(1.0, "a"), (2.0, "b")], end=20.0)
    with pytest.raises(StreamTimeout) as caught:
        list(guarded(chunks, Watchdog(clock, idle=10)))
    assert caught.value.reason == "idle"
