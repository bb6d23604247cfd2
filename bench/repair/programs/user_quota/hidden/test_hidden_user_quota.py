import pytest

from user_quota import QuotaManager


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def make(limit, period, overrides=None):
    clock = FakeClock()
    return QuotaManager(limit, period, overrides, clock=clock), clock


def test_override_limit_is_usable_exactly():
    quotas, _ = make(10, 60, {"trial": 1, "pro": 4})
    assert quotas.consume("trial").allowed
    assert not quotas.consume("trial").allowed
    assert quotas.consume("pro", cost=4).allowed
    assert quotas.consume("pro").remaining == 0


def test_cost_filling_the_quota_exactly():
    quotas, _ = make(5, 60)
    assert quotas.consume("ana", cost=3).allowed
    decision = quotas.consume("ana", cost=2)
    assert decision.allowed and decision.remaining == 0
    assert quotas.remaining("ana") == 0


def test_denied_decision_reports_retry_after():
    quotas, clock = make(2, 60)
    quotas.consume("ana")
    clock.now += 15
    quotas.consume("ana")
    clock.now += 5
    decision = quotas.consume("ana")
    assert not decision.allowed
    assert decision.remaining == 0
    assert decision.retry_after == pytest.approx(40.0)


def test_window_resets_exactly_at_period_boundary():
    quotas, clock = make(1, 30)
    assert quotas.consume("ana").allowed
    clock.now += 29.9
    assert not quotas.consume("ana").allowed
    clock.now += 0.1
    assert quotas.consume("ana").allowed
    assert not quotas.consume("ana").allowed


def test_remaining_reports_a_fresh_window_after_the_period():
    quotas, clock = make(4, 10)
    quotas.consume("ana", cost=4)
    assert quotas.remaining("ana") == 0
    clock.now += 11
    assert quotas.remaining("ana") == 4


def test_many_windows_in_a_row():
    quotas, clock = make(3, 60)
    for _ in range(5):
        assert [quotas.consume("bo").allowed for _ in range(4)] == [True, True, True, False]
        clock.now += 60


def test_windows_are_per_user():
    quotas, clock = make(2, 60)
    quotas.consume("ana", cost=2)
    clock.now += 45
    quotas.consume("bo", cost=2)
    clock.now += 20
    assert quotas.consume("ana").allowed
    assert not quotas.consume("bo").allowed
