from pending_approval_escalator import Escalator


def test_jump_straight_to_top_after_long_silence():
    esc = Escalator(["a", "b", "c", "d"], step_seconds=10)
    esc.submit("x", now=100)
    assert esc.tick(now=100 + 10_000) == [("x", "d")]
    assert esc.reviewer("x") == "d"
    assert esc.tick(now=100 + 20_000) == []


def test_exactly_at_last_tier_boundary():
    esc = Escalator(["a", "b", "c"], step_seconds=10)
    esc.submit("x", now=0)
    assert esc.tick(now=19.9) == [("x", "b")]
    assert esc.tick(now=20) == [("x", "c")]
    assert esc.tick(now=30) == []
    assert esc.at_top() == ["x"]


def test_single_tier_chain_never_moves():
    esc = Escalator(["only"], step_seconds=5)
    esc.submit("x", now=0)
    assert esc.tick(now=1000) == []
    assert esc.reviewer("x") == "only"
    assert esc.at_top() == ["x"]


def test_several_requests_reported_oldest_first():
    esc = Escalator(["a", "b", "c"], step_seconds=60)
    esc.submit("late", now=100)
    esc.submit("early", now=0)
    esc.submit("fresh", now=170)
    assert esc.tick(now=200) == [("early", "c"), ("late", "b")]
    assert esc.reviewer("fresh") == "a"
    assert esc.at_top() == ["early"]
    assert esc.tick(now=400) == [("late", "c"), ("fresh", "c")]
    assert esc.at_top() == ["early", "fresh", "late"]
