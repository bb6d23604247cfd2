import pytest

from sla_breach_escalator import Escalator

POLICIES = {
    "p2": {"respond_within": 100, "ladder": [("team", 0), ("lead", 50), ("director", 200)]},
    "default": {"respond_within": 1000, "ladder": [("owner", 10)]},
}


class FakeClock:
    def __init__(self, now=0):
        self.now = now

    def __call__(self):
        return self.now


class Pager:
    def __init__(self, errors=()):
        self.calls = []
        self.errors = list(errors)

    def __call__(self, target, ticket_id):
        if self.errors:
            error = self.errors.pop(0)
            if error is not None:
                raise error
        self.calls.append((target, ticket_id))


def test_acknowledged_after_first_step_stops_ladder():
    clock = FakeClock(100)
    pager = Pager()
    esc = Escalator(POLICIES, clock, pager)
    ticket = {"id": "T1", "priority": "p2", "opened_at": 0}
    assert esc.check([ticket]) == [("T1", "team")]
    ticket["acknowledged_at"] = 120
    clock.now = 400
    assert esc.check([ticket]) == []
    assert pager.calls == [("team", "T1")]


def test_acknowledged_at_zero_still_counts():
    esc = Escalator(POLICIES, FakeClock(5000), Pager())
    assert esc.check([{"id": 9, "opened_at": 0, "acknowledged_at": 0}]) == []


def test_unacknowledged_none_value_escalates():
    esc = Escalator(POLICIES, FakeClock(1010), Pager())
    assert esc.check([{"id": 8, "opened_at": 0, "acknowledged_at": None}]) == [(8, "owner")]


def test_timeout_midway_keeps_earlier_steps():
    clock = FakeClock(400)
    pager = Pager([None, TimeoutError()])
    esc = Escalator(POLICIES, clock, pager)
    ticket = {"id": 5, "priority": "p2", "opened_at": 0}
    assert esc.check([ticket]) == [(5, "team")]
    assert esc.failures == [(5, "lead", "TimeoutError")]
    assert esc.check([ticket]) == [(5, "lead"), (5, "director")]


def test_connection_error_on_one_ticket_does_not_block_others():
    clock = FakeClock(150)
    pager = Pager([ConnectionResetError()])
    esc = Escalator(POLICIES, clock, pager)
    tickets = [
        {"id": "a", "priority": "p2", "opened_at": 0},
        {"id": "b", "priority": "p2", "opened_at": 0},
    ]
    assert esc.check(tickets) == [("b", "team"), ("b", "lead")]
    assert esc.failures == [("a", "team", "ConnectionResetError")]


def test_timeout_for_one_ticket_does_not_block_others():
    clock = FakeClock(1010)
    pager = Pager([TimeoutError()])
    esc = Escalator(POLICIES, clock, pager)
    tickets = [{"id": 1, "opened_at": 0}, {"id": 2, "opened_at": 0}]
    assert esc.check(tickets) == [(2, "owner")]


def test_other_errors_propagate():
    esc = Escalator(POLICIES, FakeClock(150), Pager([ValueError("bad target")]))
    with pytest.raises(ValueError):
        esc.check([{"id": 1, "priority": "p2", "opened_at": 0}])
