import pytest

from intent_confidence_router import IntentRouter


def make():
    r = IntentRouter(fallback="human", min_score=2.0, min_margin=1.0)
    r.add_route("search", {"find": 2.0, "look": 1.0, "where": 1.0})
    r.add_route("calendar", {"meeting": 2.5, "schedule": 2.0, "tomorrow": 0.5})
    return r


def test_thresholds_and_margin():
    r = make()
    assert r.route("find my notes") == "search"
    assert r.route("look where") == "search"
    assert r.route("where") == "human"
    assert r.route("find the meeting") == "human"
    assert r.route("schedule a meeting tomorrow") == "calendar"


def test_corrections_move_counts_between_routes():
    r = make()
    for msg in ["find it", "find that", "schedule lunch", "nothing here"]:
        r.route(msg)
    r.correct(1, "calendar")
    r.correct(3, "search")
    assert {k: v for k, v in r.hits.items() if v} == {"search": 2, "calendar": 2}
    assert r.share() == {"search": 0.5, "calendar": 0.5}
    assert r.accuracy() == 0.5


def test_share_drops_emptied_routes():
    r = make()
    r.route("nothing matches")
    r.correct(0, "search")
    assert r.share() == {"search": 1.0}


def test_correcting_twice_and_to_fallback():
    r = make()
    r.route("find files")
    r.route("meeting schedule")
    r.correct(0, "calendar")
    r.correct(0, "human")
    assert r.share() == {"human": 0.5, "calendar": 0.5}
    assert sum(r.hits.values()) == 2
    assert r.log[0]["route"] == "human" and r.log[0]["corrected"]


def test_noop_correction_keeps_accuracy():
    r = make()
    r.route("find files")
    r.correct(0, "search")
    assert r.accuracy() == 1.0
    assert r.share() == {"search": 1.0}


def test_empty_router_state():
    r = make()
    assert r.share() == {}
    assert r.accuracy() == 1.0
    r.route("x")
    with pytest.raises(KeyError):
        r.correct(0, "weather")
    assert r.share() == {"human": 1.0}
