from circuit_breaker import CircuitBreaker


class Clock:
    def __init__(self):
        self.now = 5000.0

    def __call__(self):
        return self.now


def test_starts_closed():
    breaker = CircuitBreaker(clock=Clock())
    assert breaker.allow() and breaker.state == "closed"


def test_success_resets_failures():
    breaker = CircuitBreaker(threshold=2, clock=Clock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state == "closed"


def test_opens_after_threshold_failures():
    breaker = CircuitBreaker(threshold=3, clock=Clock())
    for _ in range(3):
        breaker.record_failure()
    assert breaker.state == "open"


def test_stays_open_during_cooldown():
    clock = Clock()
    breaker = CircuitBreaker(threshold=1, cooldown=30, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 10
    assert not breaker.allow()
