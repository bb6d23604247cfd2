import pytest

from task_leases import TaskQueue


def test_nacked_task_is_no_longer_leased():
    queue = TaskQueue()
    queue.put("job", 1)
    task = queue.claim()
    queue.nack(task.id, "worker died")
    assert queue.in_flight == 0
    with pytest.raises(KeyError):
        queue.ack(task.id)


def test_nack_twice_is_an_error():
    queue = TaskQueue()
    queue.put("job", 1)
    task = queue.claim()
    queue.nack(task.id, "first")
    with pytest.raises(KeyError):
        queue.nack(task.id, "second")


def test_dead_lettered_id_can_be_resubmitted():
    queue = TaskQueue(max_attempts=1)
    queue.put("job", "v1")
    queue.nack(queue.claim().id, "bad input")
    assert queue.is_idle()
    queue.put("job", "v2")
    assert queue.claim().payload == "v2"


def test_duplicate_pending_or_leased_id_rejected():
    queue = TaskQueue()
    queue.put("job", 1)
    with pytest.raises(ValueError):
        queue.put("job", 2)
    queue.claim()
    with pytest.raises(ValueError):
        queue.put("job", 3)


def test_full_run_with_flaky_worker():
    queue = TaskQueue(max_attempts=3)
    for n in range(5):
        queue.put(f"t{n}", n)
    failures = {"t1": 1, "t3": 5}
    while (task := queue.claim()) is not None:
        if failures.get(task.id, 0) >= task.attempts:
            queue.nack(task.id, "flaky")
        else:
            queue.ack(task.id)
        assert queue.in_flight == 0
    assert queue.completed == 4
    assert [t.id for t in queue.dead_letters] == ["t3"]
    assert queue.dead_letters[0].attempts == 3
    assert queue.is_idle()
