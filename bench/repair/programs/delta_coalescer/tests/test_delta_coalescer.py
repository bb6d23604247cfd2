from delta_coalescer import DeltaCoalescer, replay


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_small_deltas_wait_in_the_buffer():
    coalescer = DeltaCoalescer(FakeClock(), max_chars=50, interval=1.0)
    assert coalescer.push("Hel") == []
    assert coalescer.push("lo") == []
    assert coalescer.flush() == "Hello"
    assert coalescer.flush() == ""


def test_complete_line_is_released():
    coalescer = DeltaCoalescer(FakeClock(), max_chars=50, interval=1.0)
    assert coalescer.push("first ") == []
    assert coalescer.push("line\nsec") == ["first line\n"]
    assert coalescer.flush() == "sec"


def test_full_buffer_is_released():
    coalescer = DeltaCoalescer(FakeClock(), max_chars=8, interval=1.0)
    assert coalescer.push("abcd") == []
    assert coalescer.push("efgh") == ["abcdefgh"]


def test_released_after_interval():
    clock = FakeClock()
    coalescer = DeltaCoalescer(clock, max_chars=50, interval=0.1)
    clock.now = 0.05
    assert coalescer.push("slow") == []
    clock.now = 0.12
    assert coalescer.push(" text") == ["slow text"]


def test_replay_of_a_short_answer():
    deltas = [(0.0, "Sure"), (0.01, "!\nHere"), (0.02, " are"), (0.03, " the"),
              (0.04, " steps"), (0.05, ":\n1."), (0.06, " Open")]
    assert replay(deltas, max_chars=20, interval=1.0) == [
        "Sure!\n",
        "Here are the steps:\n",
        "1. Open",
    ]
