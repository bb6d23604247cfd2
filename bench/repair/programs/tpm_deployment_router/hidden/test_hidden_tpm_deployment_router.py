from tpm_deployment_router import TpmRouter


def test_window_slides_entry_by_entry():
    router = TpmRouter({"only": 100})
    for t, tokens in [(0, 10), (15, 20), (30, 30), (45, 40)]:
        assert router.route(tokens, now=t) == "only"
    assert router.used("only", now=59) == 100
    assert router.used("only", now=60) == 90
    assert router.used("only", now=75) == 70
    assert router.used("only", now=90) == 40
    assert router.used("only", now=105) == 0


def test_entry_exactly_one_window_old_has_expired():
    router = TpmRouter({"d": 50}, window=10)
    router.route(30, now=0)
    router.route(15, now=5)
    assert router.headroom("d", now=9.5) == 5
    assert router.headroom("d", now=10) == 35
    assert router.route(30, now=10) == "d"
    assert router.route(10, now=10) is None


def test_routing_uses_partly_expired_usage():
    router = TpmRouter({"a": 1_000, "b": 800})
    router.route(700, now=0)     # a
    router.route(600, now=20)    # b
    router.route(250, now=40)    # a
    # at 65: a has 250 in its window, b has 600
    assert router.headroom("a", now=65) == 750
    assert router.headroom("b", now=65) == 200
    assert router.route(500, now=65) == "a"
    assert router.route(300, now=65) is None


def test_tie_goes_to_the_first_listed():
    router = TpmRouter({"x": 500, "y": 500})
    assert router.route(100, now=0) == "x"
    assert router.route(100, now=1) == "y"


def test_retry_after_waits_for_several_entries():
    router = TpmRouter({"d": 100})
    for t in (0, 10, 20, 30):
        router.route(25, now=t)
    assert router.retry_after(60, now=40) == 40
    assert router.retry_after(20, now=40) == 20
    assert router.retry_after(10, now=65) == 0.0
