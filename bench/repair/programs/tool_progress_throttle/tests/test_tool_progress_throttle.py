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


def test_first_update_is_sent():
    rep, sent, _ = make(10)
    rep.advance(message="starting")
    assert sent == [{"progress": 1, "total": 10, "percent": 10, "message": "starting"}]


def test_updates_throttled_by_percent_step():
    rep, sent, _ = make(100, min_step=10, min_interval=60)
    for _ in range(100):
        rep.advance()
    assert [m["percent"] for m in sent] == [1, 11, 21, 31, 41, 51, 61, 71, 81, 91, 100]


def test_finish_sends_completion_once():
    rep, sent, _ = make(4)
    rep.advance(4)
    rep.finish()
    assert [m["percent"] for m in sent] == [100]
    assert rep.sent == 1


def test_finish_on_early_stop():
    rep, sent, _ = make(50, min_step=50)
    rep.advance(3)
    rep.finish("cancelled")
    assert sent[-1] == {"progress": 50, "total": 50, "percent": 100, "message": "cancelled"}
