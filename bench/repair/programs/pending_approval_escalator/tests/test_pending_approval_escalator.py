import pytest

from pending_approval_escalator import Escalator

CHAIN = ["reviewer", "team-lead", "on-call"]


def test_new_request_goes_to_first_tier():
    esc = Escalator(CHAIN, step_seconds=300)
    assert esc.submit("r1", now=0) == "reviewer"
    assert esc.reviewer("r1") == "reviewer"
    assert esc.tick(now=100) == []


def test_escalates_after_one_step():
    esc = Escalator(CHAIN, step_seconds=300)
    esc.submit("r1", now=0)
    assert esc.tick(now=300) == [("r1", "team-lead")]
    assert esc.reviewer("r1") == "team-lead"
    assert esc.tick(now=400) == []


def test_long_wait_ends_at_last_tier():
    esc = Escalator(CHAIN, step_seconds=300)
    esc.submit("r1", now=0)
    esc.tick(now=650)
    assert esc.reviewer("r1") == "on-call"
    assert esc.tick(now=5000) == []
    assert esc.at_top() == ["r1"]


def test_resolved_request_stops_escalating():
    esc = Escalator(CHAIN, step_seconds=60)
    esc.submit("r1", now=0)
    assert esc.resolve("r1")
    assert esc.tick(now=1000) == []
    assert not esc.resolve("r1")


def test_empty_chain_rejected():
    with pytest.raises(ValueError):
        Escalator([], step_seconds=60)
