from failure_streak_breaker import ToolBreaker


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


def tripped(threshold=2, cooldown=10.0):
    clock = FakeClock()
    breaker = ToolBreaker(threshold=threshold, cooldown=cooldown, clock=clock)
    for _ in range(threshold):
        breaker.record_failure("shell")
    assert breaker.state("shell") == "open"
    return breaker, clock


def test_after_recovery_one_failure_does_not_reopen():
    breaker, clock = tripped(threshold=2)
    clock.now += 11
    breaker.record_success("shell")
    breaker.record_failure("shell")
    assert breaker.state("shell") == "closed"
    assert breaker.allow("shell")
    assert breaker.streak("shell") == 1
    breaker.record_failure("shell")
    assert breaker.state("shell") == "open"


def test_recovered_tool_stays_closed_long_after():
    breaker, clock = tripped(threshold=4, cooldown=5.0)
    clock.now += 6
    breaker.record_success("shell")
    clock.now += 1000
    assert breaker.state("shell") == "closed"
    assert breaker.available(["shell"]) == ["shell"]


def test_success_while_open_also_closes():
    breaker, _ = tripped(threshold=3)
    breaker.record_success("shell")
    assert breaker.state("shell") == "closed"
    assert breaker.streak("shell") == 0


def test_reset_forgets_the_tool():
    breaker, _ = tripped()
    breaker.reset("shell")
    assert breaker.state("shell") == "closed"
    assert breaker.streak("shell") == 0


def test_tools_are_independent():
    breaker, clock = tripped()
    breaker.record_failure("browser")
    assert breaker.state("browser") == "closed"
    clock.now += 11
    breaker.record_success("browser")
    assert breaker.state("shell") == "half_open"
    breaker.record_success("shell")
    assert breaker.available(["shell", "browser"]) == ["shell", "browser"]
