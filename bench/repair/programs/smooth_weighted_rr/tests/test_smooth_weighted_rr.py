from itertools import islice

from smooth_weighted_rr import Backend, rotation, schedule, shares


def test_nginx_documented_sequence():
    assert schedule({"a": 5, "b": 1, "c": 1}, 7) == ["a", "a", "b", "a", "c", "a", "a"]


def test_equal_weights_rotate_in_listed_order():
    assert schedule({"api-1": 1, "api-2": 1, "api-3": 1}, 6) == [
        "api-1", "api-2", "api-3", "api-1", "api-2", "api-3",
    ]


def test_shares_follow_weights():
    order = schedule({"big": 3, "small": 1}, 400)
    assert shares(order) == {"big": 0.75, "small": 0.25}


def test_unhealthy_backend_is_skipped():
    backends = [Backend("a", 2), Backend("b", 1, healthy=False), Backend("c", 1)]
    picked = list(islice(rotation(backends), 30))
    assert "b" not in picked
    assert picked.count("a") == 20


def test_rotation_stops_when_everything_is_down():
    backends = [Backend("a", 1, healthy=False), Backend("b", 0)]
    assert list(islice(rotation(backends), 5)) == []
