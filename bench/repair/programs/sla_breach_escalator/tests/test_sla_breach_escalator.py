from sla_breach_escalator import Escalator

POLICIES = {
    "p1": {"respond_within": 900, "ladder": [("oncall", 0), ("manager", 1800)]},
    "default": {"respond_within": 3600, "ladder": [("queue-owner", 0)]},
}


class FakeClock:
    def __init__(self, now=0):
        self.now = now

    def __call__(self):
        return self.now


class Pager:
    def __init__(self, fail_with=None):
        self.calls = []
        self.fail_with = fail_with

    def __call__(self, target, ticket_id):
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error
        self.calls.append((target, ticket_id))


def make(now=0, pager=None):
    clock = FakeClock(now)
    pager = pager or Pager()
    return Escalator(POLICIES, clock, pager), clock, pager


def test_nothing_before_deadline():
    esc, clock, pager = make()
    clock.now = 899
    assert esc.check([{"id": 1, "priority": "p1", "opened_at": 0}]) == []


def test_ladder_fires_each_step_once():
    esc, clock, pager = make()
    ticket = {"id": 7, "priority": "p1", "opened_at": 0}
    clock.now = 900
    assert esc.check([ticket]) == [(7, "oncall")]
    clock.now = 1000
    assert esc.check([ticket]) == []
    clock.now = 2700
    assert esc.check([ticket]) == [(7, "manager")]


def test_unknown_priority_uses_default():
    esc, clock, pager = make(now=3600)
    assert esc.check([{"id": 2, "priority": "p9", "opened_at": 0}]) == [(2, "queue-owner")]


def test_acknowledged_ticket_is_left_alone():
    esc, clock, pager = make(now=5000)
    ticket = {"id": 3, "priority": "p1", "opened_at": 0, "acknowledged_at": 600}
    assert esc.check([ticket]) == []
    assert pager.calls == []


def test_pager_timeout_is_retried():
    pager = Pager(fail_with=TimeoutError("pager slow"))
    esc, clock, pager = make(now=900, pager=pager)
    ticket = {"id": 4, "priority": "p1", "opened_at": 0}
    assert esc.check([ticket]) == []
    assert esc.failures == [(4, "oncall", "TimeoutError")]
    assert esc.check([ticket]) == [(4, "oncall")]
