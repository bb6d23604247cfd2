from des_event_cancel import Simulator, single_server


def test_cancel_after_firing_reports_false():
    sim, seen = Simulator(), []
    handle = sim.schedule(1, seen.append, "a")
    sim.run()
    assert seen == ["a"]
    assert sim.cancel(handle) is False


def test_cancel_of_fired_event_keeps_pending_right():
    sim = Simulator()
    first = sim.schedule(1, lambda: None)
    sim.schedule(6, lambda: None)
    sim.run(until=2)
    assert sim.cancel(first) is False
    assert sim.pending() == 1


def test_events_scheduled_by_events():
    sim, seen = Simulator(), []

    def tick(n):
        seen.append((n, sim.now))
        if n < 3:
            sim.schedule(2, tick, n + 1)

    sim.schedule(1, tick, 0)
    sim.run()
    assert seen == [(0, 1), (1, 3), (2, 5), (3, 7)]
    assert sim.pending() == 0


def test_pending_after_each_partial_run():
    sim = Simulator()
    for delay in (1, 1, 2, 3, 5):
        sim.schedule(delay, lambda: None)
    counts = []
    for until in (0, 1, 2, 4, 9):
        sim.run(until=until)
        counts.append(sim.pending())
    assert counts == [5, 3, 2, 1, 0]


def test_cancelled_events_not_counted_and_run_skips_them():
    sim, seen = Simulator(), []
    handles = [sim.schedule(d, seen.append, d) for d in (1, 2, 3)]
    sim.cancel(handles[1])
    assert sim.pending() == 2
    sim.run()
    assert seen == [1, 3]
    assert sim.pending() == 0


def test_queue_ties_finish_before_giving_up():
    served, reneged = single_server([0, 0, 0], [2, 2, 2], patience=2)
    assert served == {0: (0, 2), 1: (2, 4)}
    assert reneged == [2]


def test_queue_idle_gap():
    served, reneged = single_server([0, 2, 3, 4, 20], [4, 1, 1, 1, 2], patience=3)
    assert served == {0: (0, 4), 1: (4, 5), 2: (5, 6), 3: (6, 7), 4: (20, 22)}
    assert reneged == []
