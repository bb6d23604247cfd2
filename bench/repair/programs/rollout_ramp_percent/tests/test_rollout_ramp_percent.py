import pytest

from rollout_ramp_percent import in_rollout, rollout_percent, validate_schedule


def test_nothing_before_the_first_step():
    assert rollout_percent([(100, 10), (200, 50)], 99) == 0.0
    assert rollout_percent([], 500) == 0.0


def test_last_step_holds_afterwards():
    assert rollout_percent([(100, 10), (200, 50)], 10_000) == 50.0


def test_linear_between_steps_from_zero():
    assert rollout_percent([(0, 0), (100, 50)], 50) == pytest.approx(25.0)


def test_linear_ramp_on_real_timestamps():
    day = 86_400
    start = 1_700_000_000
    schedule = [(start, 10), (start + 2 * day, 50)]
    assert rollout_percent(schedule, start + day) == pytest.approx(30.0)


def test_bad_schedules_are_rejected():
    with pytest.raises(ValueError):
        validate_schedule([(10, 5), (10, 20)])
    with pytest.raises(ValueError):
        validate_schedule([(10, 5), (20, 120)])


def test_bucket_membership_at_full_rollout():
    assert in_rollout(99, [(0, 100)], 5)
    assert not in_rollout(0, [(10, 100)], 5)
