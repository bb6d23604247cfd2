import pytest

from provider_fallback_router import FallbackRouter


def test_prefers_first_provider():
    router = FallbackRouter(["anthropic", "openai", "local"])
    assert router.choose(now=0.0) == "anthropic"


def test_rate_limit_falls_back_then_recovers():
    router = FallbackRouter(["anthropic", "openai"])
    router.record_error("anthropic", "rate_limit", now=10.0)
    assert router.choose(now=11.0) == "openai"
    assert router.choose(now=70.0) == "anthropic"


def test_three_server_errors_block():
    router = FallbackRouter(["a", "b"])
    for t in (1.0, 2.0):
        router.record_error("a", "server_error", now=t)
    assert router.choose(now=3.0) == "a"
    router.record_error("a", "timeout", now=3.0)
    assert router.choose(now=4.0) == "b"


def test_provider_back_from_cooldown_gets_fresh_error_count():
    router = FallbackRouter(["a", "b"])
    for t in (1.0, 2.0, 3.0):
        router.record_error("a", "server_error", now=t)
    assert router.choose(now=64.0) == "a"
    router.record_error("a", "server_error", now=64.0)
    assert router.choose(now=65.0) == "a"


def test_all_blocked():
    router = FallbackRouter(["a"])
    router.record_error("a", "auth", now=0.0)
    assert router.choose(now=1e9) is None


def test_unknown_error_kind():
    with pytest.raises(ValueError):
        FallbackRouter(["a"]).record_error("a", "teapot", now=0.0)
