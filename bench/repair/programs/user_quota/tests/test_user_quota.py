from user_quota import QuotaManager


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def make(limit=3, period=3600.0, overrides=None):
    clock = FakeClock()
    return QuotaManager(limit, period, overrides, clock=clock), clock


def test_remaining_counts_down():
    quotas, _ = make(limit=5)
    decision = quotas.consume("ana")
    assert decision.allowed
    assert decision.remaining == 4
    assert quotas.remaining("ana") == 4


def test_request_costing_more_than_the_limit_is_denied():
    quotas, _ = make(limit=5)
    assert not quotas.consume("ana", cost=10).allowed
    assert quotas.remaining("ana") == 5


def test_users_have_separate_quotas():
    quotas, _ = make(limit=3)
    quotas.consume("ana", cost=2)
    assert quotas.remaining("bo") == 3
    assert quotas.remaining("ana") == 1


def test_full_quota_can_be_used_then_denied():
    quotas, _ = make(limit=3)
    assert [quotas.consume("ana").allowed for _ in range(4)] == [True, True, True, False]


def test_quota_refills_after_the_period():
    quotas, clock = make(limit=2, period=60)
    quotas.consume("ana", cost=2)
    clock.now = 61
    assert quotas.consume("ana").allowed
    assert quotas.remaining("ana") == 1
