import random

from delta_coalescer import DeltaCoalescer, replay


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_size_counts_only_what_is_still_buffered():
    coalescer = DeltaCoalescer(FakeClock(), max_chars=10, interval=5.0)
    assert coalescer.push("0123456789ab\ncd") == ["0123456789ab\n"]
    assert coalescer.push("ef") == []
    assert coalescer.push("ghij") == []
    assert coalescer.push("k") == []
    assert coalescer.push("l") == ["cdefghijkl"]
    assert coalescer.flush() == ""


def test_line_then_small_deltas():
    coalescer = DeltaCoalescer(FakeClock(), max_chars=12, interval=5.0)
    assert coalescer.push("a long first line\n") == ["a long first line\n"]
    assert coalescer.push("x") == []
    assert coalescer.push("yz") == []
    assert coalescer.flush() == "xyz"


def test_rest_after_newline_counts_toward_the_limit():
    coalescer = DeltaCoalescer(FakeClock(), max_chars=6, interval=5.0)
    assert coalescer.push("ab\ncdefgh") == ["ab\n", "cdefgh"]
    assert coalescer.push("ij\nk") == ["ij\n"]
    assert coalescer.flush() == "k"


def test_interval_restarts_after_each_release():
    clock = FakeClock()
    coalescer = DeltaCoalescer(clock, max_chars=100, interval=1.0)
    clock.now = 0.5
    assert coalescer.push("line\n") == ["line\n"]
    clock.now = 1.2
    assert coalescer.push("a") == []
    clock.now = 1.5
    assert coalescer.push("b") == ["ab"]
    clock.now = 2.4
    assert coalescer.push("c") == []


def test_replay_keeps_all_text_and_respects_limits():
    rng = random.Random(31)
    for _ in range(300):
        deltas = []
        at = 0.0
        for _ in range(rng.randint(0, 25)):
            at += rng.choice([0.0, 0.01, 0.02])
            deltas.append((at, "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 5)))))
        pieces = replay(deltas, max_chars=7, interval=10.0)
        assert "".join(pieces) == "".join(text for _, text in deltas)
        assert all(pieces)
        for piece in pieces[:-1]:
            assert piece.endswith("\n") or len(piece) >= 7, pieces


def test_replay_many_short_lines():
    deltas = [(i * 0.001, "ok\n") for i in range(5)] + [(0.01, "tail")]
    assert replay(deltas, max_chars=4, interval=1.0) == ["ok\n"] * 5 + ["tail"]
