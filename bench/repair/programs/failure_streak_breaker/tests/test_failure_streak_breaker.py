from failure_streak_breaker import ToolBreaker


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def make_breaker():
    clock = FakeClock()
    return ToolBreaker(threshold=3, cooldown=30.0, clock=clock), clock


def test_opens_after_three_consecutive_failures():
    breaker, _ = make_breaker()
    for _ in range(2):
        breaker.record_failure("web_search")
    assert breaker.state("web_search") == "closed"
    breaker.record_failure("web_search")
    assert breaker.state("web_search") == "open"
    assert not breaker.allow("web_search")


def test_success_breaks_the_streak():
    breaker, _ = make_breaker()
    for outcome in ["fail", "fail", "ok", "fail", "fail"]:
        if outcome == "fail":
            breaker.record_failure("web_search")
        else:
            breaker.record_success("web_search")
    assert breaker.state("web_search") == "closed"
    assert breaker.streak("web_search") == 2


def test_open_tool_is_not_offered_to_the_model():
    breaker, _ = make_breaker()
    for _ in range(3):
        breaker.record_failure("web_search")
    assert breaker.available(["calculator", "web_search", "read_file"]) == [
        "calculator", "read_file",
    ]


def test_half_open_after_cooldown():
    breaker, clock = make_breaker()
    for _ in range(3):
        breaker.record_failure("web_search")
    clock.now += 31
    assert breaker.state("web_search") == "half_open"
    assert breaker.allow("web_search")


def test_successful_trial_closes():
    breaker, clock = make_breaker()
    for _ in range(3):
        breaker.record_failure("web_search")
    clock.now += 31
    breaker.record_success("web_search")
    assert breaker.state("web_search") == "closed"


def test_failed_trial_reopens():
    breaker, clock = make_breaker()
    for _ in range(3):
        breaker.record_failure("web_search")
    clock.now += 31
    breaker.record_failure("web_search")
    assert breaker.state("web_search") == "open"
