import pytest

from des_event_cancel import Simulator, single_server


def test_events_fire_in_time_order():
    sim, seen = Simulator(), []
    sim.schedule(5, lambda: seen.append(("late", sim.now)))
    sim.schedule(2, lambda: seen.append(("early", sim.now)))
    sim.run()
    assert seen == [("early", 2), ("late", 5)]
    assert sim.now == 5


def test_ties_keep_scheduling_order():
    sim, seen = Simulator(), []
    for name in "abc":
        sim.schedule(1, seen.append, name)
    sim.run()
    assert seen == ["a", "b", "c"]


def test_cancelled_event_does_not_fire():
    sim, seen = Simulator(), []
    handle = sim.schedule(3, seen.append, "x")
    sim.schedule(4, seen.append, "y")
    assert sim.cancel(handle) is True
    assert sim.cancel(handle) is False
    sim.run()
    assert seen == ["y"]


def test_pending_counts():
    sim = Simulator()
    for delay in (1, 2, 8):
        sim.schedule(delay, lambda: None)
    assert sim.pending() == 3
    sim.run(until=4)
    assert sim.pending() == 1
    sim.run()
    assert sim.pending() == 0


def test_negative_delay_rejected():
    with pytest.raises(ValueError):
        Simulator().schedule(-1, lambda: None)


def test_single_server_fifo():
    served, reneged = single_server([0, 1, 2, 10], [3, 3, 3, 1])
    assert served == {0: (0, 3), 1: (3, 6), 2: (6, 9), 3: (10, 11)}
    assert reneged == []


def test_single_server_impatient_customers():
    served, reneged = single_server([0, 1, 2, 3], [5, 2, 2, 1], patience=4)
    assert served == {0: (0, 5), 1: (5, 7)}
    assert reneged == [2, 3]
