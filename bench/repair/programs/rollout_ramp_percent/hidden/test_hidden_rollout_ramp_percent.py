import pytest

from rollout_ramp_percent import in_rollout, rollout_percent


SCHEDULE = [(1000, 5), (2000, 25), (4000, 100)]


def test_exact_step_times():
    assert rollout_percent(SCHEDULE, 1000) == pytest.approx(5.0)
    assert rollout_percent(SCHEDULE, 2000) == pytest.approx(25.0)
    assert rollout_percent(SCHEDULE, 4000) == pytest.approx(100.0)


def test_each_segment_interpolates():
    assert rollout_percent(SCHEDULE, 1500) == pytest.approx(15.0)
    assert rollout_percent(SCHEDULE, 1250) == pytest.approx(10.0)
    assert rollout_percent(SCHEDULE, 3000) == pytest.approx(62.5)
    assert rollout_percent(SCHEDULE, 3999) == pytest.approx(99.9625)


def test_ramp_down_for_a_rollback():
    schedule = [(500, 80), (700, 0)]
    assert rollout_percent(schedule, 600) == pytest.approx(40.0)
    assert rollout_percent(schedule, 900) == 0.0


def test_membership_follows_the_ramp():
    schedule = [(10_000, 0), (10_100, 100)]
    assert not in_rollout(30, schedule, 10_030)
    assert in_rollout(29, schedule, 10_030)
    assert in_rollout(599, schedule, 10_060, buckets=1000)
    assert not in_rollout(600, schedule, 10_060, buckets=1000)


def test_single_step_schedule():
    assert rollout_percent([(50, 20)], 49) == 0.0
    assert rollout_percent([(50, 20)], 51) == 20.0
