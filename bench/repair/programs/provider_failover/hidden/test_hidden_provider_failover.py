import pytest

from provider_failover import AllProvidersFailed, FallbackChain, Provider, ProviderError


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


class Endpoint:
    def __init__(self, name, down=False):
        self.name = name
        self.down = down
        self.calls = 0

    def __call__(self, prompt):
        self.calls += 1
        if self.down:
            raise ProviderError(f"{self.name} overloaded")
        return f"<{self.name}>{prompt}"


def chain(*endpoints, cooldown_s=60.0):
    clock = FakeClock()
    providers = [Provider(e.name, e) for e in endpoints]
    return FallbackChain(providers, cooldown_s=cooldown_s, clock=clock), clock


def test_served_counts_only_successful_replies():
    a, b, c = Endpoint("a", down=True), Endpoint("b", down=True), Endpoint("c")
    fallback, clock = chain(a, b, c, cooldown_s=5)
    for _ in range(3):
        assert fallback.complete("q") == "<c>q"
        clock.now += 10
    assert fallback.served == {"c": 3}
    assert (a.calls, b.calls, c.calls) == (3, 3, 3)


def test_benched_providers_are_not_called_and_not_counted():
    a, b, c = Endpoint("a", down=True), Endpoint("b", down=True), Endpoint("c")
    fallback, clock = chain(a, b, c)
    for step in range(4):
        assert fallback.complete(str(step)) == f"<c>{step}"
        clock.now += 1
    assert (a.calls, b.calls, c.calls) == (1, 1, 4)
    assert fallback.served == {"c": 4}


def test_every_provider_benched_raises_without_calling_anyone():
    a, b = Endpoint("a", down=True), Endpoint("b", down=True)
    fallback, clock = chain(a, b)
    with pytest.raises(AllProvidersFailed):
        fallback.complete("x")
    clock.now += 1
    with pytest.raises(AllProvidersFailed):
        fallback.complete("y")
    assert (a.calls, b.calls) == (1, 1)


def test_cooldown_boundary_is_exclusive():
    a, b = Endpoint("a", down=True), Endpoint("b")
    fallback, clock = chain(a, b, cooldown_s=20)
    fallback.complete("x")
    a.down = False
    clock.now += 19.5
    assert fallback.complete("y") == "<b>y"
    clock.now += 0.5
    assert fallback.complete("z") == "<a>z"
    assert fallback.served == {"b": 2, "a": 1}
    assert fallback.failed_at == {}


def test_recovered_provider_fails_again_and_is_rebenched():
    a, b = Endpoint("a"), Endpoint("b")
    fallback, clock = chain(a, b, cooldown_s=10)
    assert fallback.complete("1") == "<a>1"
    a.down = True
    assert fallback.complete("2") == "<b>2"
    clock.now += 5
    assert fallback.complete("3") == "<b>3"
    assert a.calls == 2
    assert fallback.served == {"a": 1, "b": 2}
