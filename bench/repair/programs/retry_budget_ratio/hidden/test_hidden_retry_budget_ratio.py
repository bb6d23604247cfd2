import pytest

from retry_budget_ratio import RetryBudget, call_with_retries


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


class Flaky:
    def __init__(self, failures, exc=ConnectionError):
        self.failures = failures
        self.exc = exc
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.exc("flaky")
        return self.calls


def test_ratio_budget_exhausts_exactly():
    budget = RetryBudget(ratio=0.25, min_retries=0, clock=FakeClock())
    for _ in range(20):
        budget.record_request()
    spent = sum(budget.try_spend() for _ in range(10))
    assert spent == 5


def test_zero_floor_and_no_traffic_means_no_retry():
    budget = RetryBudget(min_retries=0, clock=FakeClock())
    assert not budget.try_spend()


def test_budget_is_shared_across_calls():
    budget = RetryBudget(ratio=0.0, min_retries=3, clock=FakeClock())
    first = Flaky(failures=2)
    assert call_with_retries(budget, first, max_attempts=5) == 3
    second = Flaky(failures=5)
    with pytest.raises(ConnectionError):
        call_with_retries(budget, second, max_attempts=5)
    assert second.calls == 2


def test_retries_spend_budget():
    budget = RetryBudget(ratio=0.0, min_retries=4, clock=FakeClock())
    call_with_retries(budget, Flaky(failures=2), max_attempts=4)
    assert budget.try_spend()
    assert budget.try_spend()
    assert not budget.try_spend()


def test_max_attempts_one_never_retries():
    fn = Flaky(failures=1)
    budget = RetryBudget(min_retries=10, clock=FakeClock())
    with pytest.raises(ConnectionError):
        call_with_retries(budget, fn, max_attempts=1)
    assert fn.calls == 1
    assert budget.allowance() == 10
    for _ in range(10):
        assert budget.try_spend()
    assert not budget.try_spend()


def test_old_retries_leave_window():
    clock = FakeClock(100.0)
    budget = RetryBudget(ratio=0.0, min_retries=1, window=10, clock=clock)
    assert budget.try_spend()
    assert not budget.try_spend()
    clock.now = 110.0
    assert budget.try_spend()


def test_old_requests_leave_window():
    clock = FakeClock(0.0)
    budget = RetryBudget(ratio=0.5, min_retries=0, window=5, clock=clock)
    for _ in range(6):
        budget.record_request()
    assert budget.allowance() == 3
    clock.now = 5.0
    assert budget.allowance() == 0


def test_empty_budget_stops_before_max_attempts():
    fn = Flaky(failures=10, exc=TimeoutError)
    budget = RetryBudget(ratio=0.0, min_retries=1, clock=FakeClock())
    with pytest.raises(TimeoutError):
        call_with_retries(budget, fn, max_attempts=6)
    assert fn.calls == 2
