from provider_fallback_router import FallbackRouter


def trip(router, name, start):
    for offset in range(3):
        router.record_error(name, "server_error", now=start + offset)


def test_repeated_outages_each_need_three_errors():
    router = FallbackRouter(["p", "q"])
    trip(router, "p", 0.0)
    assert router.choose(now=10.0) == "q"
    assert router.choose(now=62.0) == "p"
    router.record_error("p", "timeout", now=100.0)
    router.record_error("p", "timeout", now=101.0)
    assert router.choose(now=102.0) == "p"
    router.record_error("p", "timeout", now=102.0)
    assert router.choose(now=103.0) == "q"
    assert router.choose(now=162.0) == "p"


def test_success_resets_count():
    router = FallbackRouter(["p", "q"])
    router.record_error("p", "server_error", now=0.0)
    router.record_error("p", "server_error", now=1.0)
    router.record_success("p")
    router.record_error("p", "server_error", now=2.0)
    router.record_error("p", "server_error", now=3.0)
    assert router.choose(now=4.0) == "p"


def test_falls_through_whole_list():
    router = FallbackRouter(["p", "q", "r"])
    router.record_error("p", "rate_limit", now=0.0)
    trip(router, "q", 0.0)
    assert router.choose(now=5.0) == "r"
    router.record_error("r", "auth", now=5.0)
    assert router.choose(now=6.0) is None
    assert router.choose(now=61.0) == "p"


def test_rate_limit_does_not_add_to_error_count():
    router = FallbackRouter(["p", "q"])
    router.record_error("p", "server_error", now=0.0)
    router.record_error("p", "server_error", now=1.0)
    router.record_error("p", "rate_limit", now=2.0)
    assert router.choose(now=62.0) == "p"
    router.record_error("p", "server_error", now=62.0)
    assert router.choose(now=63.0) == "q"


def test_tripped_provider_again_after_second_cooldown():
    router = FallbackRouter(["p", "q"])
    trip(router, "p", 0.0)
    trip(router, "p", 70.0)
    assert router.choose(now=100.0) == "q"
    router.record_error("p", "server_error", now=140.0)
    assert router.choose(now=141.0) == "p"
