from hedged_request_race import hedged_outcome, launch_plan


def test_fast_primary_needs_no_hedge():
    out = hedged_outcome([("a", 20, True), ("b", 30, True)], hedge_delay=50)
    assert out["winner"] == "a"
    assert out["launched"] == ["a"]
    assert out["finished_at"] == 20


def test_slow_primary_is_beaten_by_hedge():
    out = hedged_outcome([("a", 300, True), ("b", 40, True)], hedge_delay=50)
    assert out["winner"] == "b"
    assert out["finished_at"] == 90
    assert out["launched"] == ["a", "b"]


def test_all_calls_fail():
    out = hedged_outcome([("a", 10, False), ("b", 10, False)], hedge_delay=5)
    assert out["winner"] is None
    assert out["finished_at"] == 15


def test_launch_plan_times():
    calls = launch_plan([("a", 100, True), ("b", 100, True)], hedge_delay=30)
    assert [(c.replica, c.start, c.end) for c in calls] == [("a", 0, 100), ("b", 30, 130)]
