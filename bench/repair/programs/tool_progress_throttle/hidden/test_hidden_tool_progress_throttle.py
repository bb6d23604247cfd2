from tool_progress_throttle import ProgressReporter


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def make(total, **kw):
    sent = []
    clock = FakeClock()
    rep = ProgressReporter(total, sent.append, clock=clock, **kw)
    return rep, sent, clock


def test_step_reached_exactly():
    rep, sent, _ = make(20, min_step=25, min_interval=100)
    for _ in range(20):
        rep.advance()
    assert [m["percent"] for m in sent] == [5, 30, 55, 80, 100]


def test_time_limit_alone_triggers_updates():
    rep, sent, clock = make(1000, min_step=50, min_interval=2.0)
    for _ in range(5):
        clock.now += 2.0
        rep.advance()
    assert [m["progress"] for m in sent] == [1, 2, 3, 4, 5]


def test_fast_small_updates_suppressed():
    rep, sent, clock = make(1000, min_step=50, min_interval=2.0)
    for _ in range(9):
        clock.now += 0.5
        rep.advance()
    # sent at t=0.5, then once 2 s have passed (t=2.5), then t=4.5
    assert [m["progress"] for m in sent] == [1, 5, 9]


def test_unknown_total_uses_time_only():
    rep, sent, clock = make(None, min_interval=1.0)
    rep.advance(10)
    clock.now = 0.4
    rep.advance(10)
    clock.now = 1.0
    rep.advance(10)
    assert [(m["progress"], m["percent"]) for m in sent] == [(10, 0), (30, 0)]


def test_completion_sent_even_when_throttled():
    rep, sent, _ = make(10, min_step=70, min_interval=100)
    rep.advance(4)
    rep.advance(5)
    rep.advance(1)
    assert [m["percent"] for m in sent] == [40, 100]
    rep.finish()
    assert rep.sent == 2
