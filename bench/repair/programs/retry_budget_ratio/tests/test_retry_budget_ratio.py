import pytest

from retry_budget_ratio import RetryBudget, call_with_retries


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise TimeoutError("slow")
        return "done"


def test_floor_allows_min_retries_when_quiet():
    budget = RetryBudget(min_retries=2, clock=FakeClock())
    assert budget.try_spend()
    assert budget.try_spend()
    assert not budget.try_spend()


def test_allowance_scales_with_traffic():
    budget = RetryBudget(ratio=0.1, min_retries=1, clock=FakeClock())
    for _ in range(50):
        budget.record_request()
    assert budget.allowance() == 5


def test_retries_until_success():
    fn = Flaky(failures=2)
    assert call_with_retries(RetryBudget(clock=FakeClock()), fn) == "done"
    assert fn.calls == 3


def test_gives_up_after_max_attempts():
    fn = Flaky(failures=10)
    with pytest.raises(TimeoutError):
        call_with_retries(RetryBudget(min_retries=5, clock=FakeClock()), fn, max_attempts=3)
    assert fn.calls == 3


def test_other_errors_not_retried():
    def bad():
        raise ValueError("bad args")

    with pytest.raises(ValueError):
        call_with_retries(RetryBudget(clock=FakeClock()), bad)
