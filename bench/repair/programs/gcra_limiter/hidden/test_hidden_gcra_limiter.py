import pytest

from gcra_limiter import GCRA


def test_first_use_late_start_only_burst():
    g = GCRA(rate=5, burst=3)
    assert [g.try_acquire(1000.0)[0] for _ in range(5)] == [True, True, True, False, False]


def test_remaining_after_idle():
    g = GCRA(rate=2, burst=4)
    for _ in range(4):
        g.try_acquire(10)
    assert g.remaining(10) == 0
    assert g.remaining(10.5) == 1
    assert g.remaining(60) == 4


def test_cost_counts_several_requests():
    g = GCRA(rate=1, burst=5)
    assert g.try_acquire(50, cost=3) == (True, 0.0)
    allowed, wait = g.try_acquire(50, cost=3)
    assert not allowed
    assert wait == pytest.approx(1)
    assert g.try_acquire(51, cost=3)[0]


def test_rejection_does_not_consume():
    g = GCRA(rate=1, burst=1)
    assert g.try_acquire(7)[0]
    for t in (7.2, 7.5, 7.9):
        assert not g.try_acquire(t)[0]
    assert g.try_acquire(8)[0]


def test_idle_does_not_bank_more_than_burst():
    g = GCRA(rate=4, burst=2)
    g.try_acquire(0)
    results = [g.try_acquire(30)[0] for _ in range(3)]
    assert results == [True, True, False]
    allowed, wait = g.try_acquire(30)
    assert wait == pytest.approx(0.25)


def test_retry_after_is_sufficient():
    g = GCRA(rate=3, burst=2)
    t = 12.0
    g.try_acquire(t)
    g.try_acquire(t)
    allowed, wait = g.try_acquire(t)
    assert not allowed
    assert g.try_acquire(t + wait)[0]


def test_bad_config():
    with pytest.raises(ValueError):
        GCRA(rate=0, burst=1)
    with pytest.raises(ValueError):
        GCRA(rate=1, burst=0)
