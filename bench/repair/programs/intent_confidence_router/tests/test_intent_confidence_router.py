import pytest

from intent_confidence_router import IntentRouter


def make():
    r = IntentRouter()
    r.add_route("billing", {"invoice": 2.0, "refund": 2.0, "charge": 1.0})
    r.add_route("code", {"bug": 2.0, "error": 1.5, "python": 0.5})
    return r


def test_clear_intent():
    assert make().route("I need a refund for this invoice") == "billing"
    assert make().route("Python error in my script") == "code"


def test_weak_match_falls_back():
    assert make().route("what about python") == "clarify"


def test_close_call_falls_back():
    assert make().route("refund bug") == "clarify"


def test_correction_updates_share():
    r = make()
    r.route("refund please")
    r.route("found a bug")
    r.route("hello there")
    r.correct(2, "code")
    assert r.share() == {"billing": 1 / 3, "code": 2 / 3}
    assert r.accuracy() == pytest.approx(2 / 3)


def test_correction_to_unknown_route():
    r = make()
    r.route("refund please")
    with pytest.raises(KeyError):
        r.correct(0, "sales")
