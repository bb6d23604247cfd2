import pytest

from gcra_limiter import GCRA


def test_initial_burst_then_reject():
    g = GCRA(rate=1, burst=3)
    assert [g.try_acquire(0)[0] for _ in range(4)] == [True, True, True, False]


def test_retry_after_for_rejected_request():
    g = GCRA(rate=2, burst=1)
    assert g.try_acquire(0) == (True, 0.0)
    allowed, wait = g.try_acquire(0.1)
    assert not allowed
    assert wait == pytest.approx(0.4)


def test_steady_rate_is_allowed():
    g = GCRA(rate=10, burst=1)
    assert all(g.try_acquire(t / 10)[0] for t in range(50))


def test_burst_refills_after_idle():
    g = GCRA(rate=1, burst=2)
    g.try_acquire(0)
    g.try_acquire(0)
    assert g.try_acquire(100)[0]
    assert g.try_acquire(100)[0]
    assert not g.try_acquire(100)[0]
