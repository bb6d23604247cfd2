import pytest

from hedged_request_race import hedged_outcome, launch_plan


def test_no_hedges_allowed():
    out = hedged_outcome([("a", 500, True), ("b", 5, True)], hedge_delay=10, max_hedges=0)
    assert out["launched"] == ["a"]
    assert out["winner"] == "a"
    assert out["busy_time"] == 500


def test_two_hedges_third_replica_wins():
    reps = [("a", 1000, True), ("b", 1000, True), ("c", 10, True), ("d", 1, True)]
    out = hedged_outcome(reps, hedge_delay=100, max_hedges=2)
    assert out["launched"] == ["a", "b", "c"]
    assert out["winner"] == "c"
    assert out["finished_at"] == 210
    # a runs 0..210, b 100..210, c 200..210
    assert out["busy_time"] == 210 + 110 + 10


def test_max_hedges_caps_launches():
    reps = [("a", 1000, False), ("b", 1000, False), ("c", 1000, False), ("d", 1000, True)]
    calls = launch_plan(reps, hedge_delay=10, max_hedges=2)
    assert [c.replica for c in calls] == ["a", "b", "c"]


def test_failed_primary_does_not_stop_hedging():
    out = hedged_outcome([("a", 5, False), ("b", 20, True)], hedge_delay=50)
    assert out["launched"] == ["a", "b"]
    assert out["winner"] == "b"
    assert out["finished_at"] == 70
    assert out["busy_time"] == 5 + 20


def test_reply_exactly_at_hedge_time_suppresses_hedge():
    out = hedged_outcome([("a", 50, True), ("b", 1, True)], hedge_delay=50, max_hedges=3)
    assert out["launched"] == ["a"]
    assert out["winner"] == "a"


def test_tie_goes_to_earlier_launch():
    out = hedged_outcome([("a", 80, True), ("b", 40, True)], hedge_delay=40)
    assert out["finished_at"] == 80
    assert out["winner"] == "a"
    assert out["busy_time"] == 80 + 40


def test_busy_time_counts_cancelled_calls():
    out = hedged_outcome([("a", 400, True), ("b", 100, True)], hedge_delay=60)
    assert out["winner"] == "b"
    assert out["finished_at"] == 160
    assert out["busy_time"] == 160 + 100


def test_empty_replicas_rejected():
    with pytest.raises(ValueError):
        hedged_outcome([], hedge_delay=10)
