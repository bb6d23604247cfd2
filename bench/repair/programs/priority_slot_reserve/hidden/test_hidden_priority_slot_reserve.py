from priority_slot_reserve import SlotPool


def test_full_pool_refuses_priority_too():
    pool = SlotPool(2, reserved=1)
    assert pool.try_acquire(priority=True)
    assert pool.try_acquire(priority=True)
    assert pool.try_acquire(priority=True) is False
    assert pool.used == 2


def test_no_reservation_means_plain_limit():
    pool = SlotPool(2)
    assert pool.try_acquire()
    assert pool.try_acquire()
    assert pool.try_acquire() is False
    assert pool.try_acquire(priority=True) is False


def test_fully_reserved_pool_only_serves_priority():
    pool = SlotPool(2, reserved=2)
    assert pool.try_acquire() is False
    assert pool.try_acquire(priority=True)
    assert pool.snapshot()["normal"] == 0


def test_priority_work_also_counts_against_normal_limit():
    pool = SlotPool(4, reserved=1)
    assert pool.try_acquire(priority=True)
    assert pool.try_acquire(priority=True)
    assert pool.try_acquire()
    assert pool.try_acquire() is False
    assert pool.available() == 0
    assert pool.available(priority=True) == 1


def test_release_frees_a_slot():
    pool = SlotPool(3, reserved=1)
    pool.try_acquire()
    pool.try_acquire()
    assert pool.try_acquire() is False
    pool.release()
    assert pool.try_acquire() is True
    assert pool.snapshot() == {"capacity": 3, "reserved": 1, "priority": 0, "normal": 2}
