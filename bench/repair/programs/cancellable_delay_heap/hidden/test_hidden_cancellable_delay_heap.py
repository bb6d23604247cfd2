import random

from cancellable_delay_heap import DelayHeap


def test_keep_earlier_accepts_sooner_time():
    h = DelayHeap()
    h.schedule("a", 40)
    assert h.schedule("a", 15, keep_earlier=True) is True
    assert h.due_at("a") == 15
    assert h.pop_due(now=15) == ["a"]
    assert h.pop_due(now=100) == []


def test_keep_earlier_equal_time_keeps_existing():
    h = DelayHeap()
    h.schedule("a", 20)
    h.schedule("b", 20)
    assert h.schedule("a", 20, keep_earlier=True) is False
    assert h.pop_due(now=20) == ["a", "b"]


def test_keep_earlier_on_new_job_schedules_it():
    h = DelayHeap()
    assert h.schedule("n", 7, keep_earlier=True) is True
    assert h.next_due() == 7


def test_reschedule_earlier_and_later_without_flag():
    h = DelayHeap()
    h.schedule("a", 30)
    assert h.schedule("a", 5) is True
    assert h.schedule("b", 10) is True
    assert h.schedule("b", 60) is True
    assert h.pop_due(now=30) == ["a"]
    assert len(h) == 1
    assert h.next_due() == 60


def test_matches_model_under_random_operations():
    rng = random.Random(11)
    h = DelayHeap()
    model = {}
    order = {}
    seq = 0
    now = 0
    for _ in range(400):
        op = rng.random()
        job = f"j{rng.randint(0, 15)}"
        if op < 0.45:
            due = now + rng.randint(0, 20)
            keep = rng.random() < 0.5
            expect = not (keep and job in model and model[job] <= due)
            assert h.schedule(job, due, keep_earlier=keep) is expect
            if expect:
                model[job] = due
                order[job] = seq
                seq += 1
        elif op < 0.6:
            assert h.cancel(job) is (job in model)
            model.pop(job, None)
        else:
            now += rng.randint(0, 6)
            fired = sorted((j for j in model if model[j] <= now), key=lambda j: (model[j], order[j]))
            assert h.pop_due(now) == fired
            for j in fired:
                del model[j]
        assert len(h) == len(model)
        assert h.next_due() == (min(model.values()) if model else None)
