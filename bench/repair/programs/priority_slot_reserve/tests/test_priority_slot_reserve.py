import pytest

from priority_slot_reserve import SlotPool


def test_invalid_configuration():
    with pytest.raises(ValueError):
        SlotPool(0)
    with pytest.raises(ValueError):
        SlotPool(2, reserved=3)


def test_normal_runs_leave_reserved_slots_free():
    pool = SlotPool(3, reserved=1)
    assert pool.try_acquire() is True
    assert pool.try_acquire() is True
    assert pool.try_acquire() is False


def test_priority_run_can_use_reserved_slot():
    pool = SlotPool(3, reserved=1)
    pool.try_acquire()
    pool.try_acquire()
    assert pool.try_acquire(priority=True) is True
    assert pool.snapshot() == {"capacity": 3, "reserved": 1, "priority": 1, "normal": 2}


def test_available_counts():
    pool = SlotPool(4, reserved=2)
    assert pool.available() == 2
    assert pool.available(priority=True) == 4


def test_release_without_acquire():
    pool = SlotPool(2)
    with pytest.raises(RuntimeError):
        pool.release()
