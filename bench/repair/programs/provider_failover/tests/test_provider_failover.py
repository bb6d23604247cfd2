import pytest

from provider_failover import AllProvidersFailed, FallbackChain, Provider, ProviderError


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class Endpoint:
    """A fake provider that answers, or raises while `down` is set."""

    def __init__(self, name, down=False):
        self.name = name
        self.down = down
        self.calls = 0

    def __call__(self, prompt):
        self.calls += 1
        if self.down:
            raise ProviderError(f"{self.name} unavailable")
        return f"{self.name}: {prompt}"


def chain(*endpoints, cooldown_s=30.0):
    clock = FakeClock()
    providers = [Provider(e.name, e) for e in endpoints]
    return FallbackChain(providers, cooldown_s=cooldown_s, clock=clock), clock


def test_first_provider_answers():
    primary, backup = Endpoint("primary"), Endpoint("backup")
    fallback, _ = chain(primary, backup)
    assert fallback.complete("hi") == "primary: hi"
    assert backup.calls == 0
    assert fallback.served == {"primary": 1}


def test_falls_back_when_primary_is_down():
    primary, backup = Endpoint("primary", down=True), Endpoint("backup")
    fallback, _ = chain(primary, backup)
    assert fallback.complete("hi") == "backup: hi"
    assert fallback.served == {"backup": 1}


def test_all_providers_failing():
    fallback, _ = chain(Endpoint("a", down=True), Endpoint("b", down=True))
    with pytest.raises(AllProvidersFailed) as info:
        fallback.complete("hi")
    assert info.value.errors == {"a": "a unavailable", "b": "b unavailable"}


def test_failed_provider_is_benched_during_cooldown():
    primary, backup = Endpoint("primary", down=True), Endpoint("backup")
    fallback, clock = chain(primary, backup)
    fallback.complete("one")
    clock.now += 10
    assert fallback.complete("two") == "backup: two"
    assert primary.calls == 1
    assert fallback.available() == ["backup"]


def test_provider_tried_again_after_cooldown():
    primary, backup = Endpoint("primary", down=True), Endpoint("backup")
    fallback, clock = chain(primary, backup)
    fallback.complete("one")
    primary.down = False
    clock.now += 31
    assert fallback.complete("two") == "primary: two"
    assert fallback.available() == ["primary", "backup"]
