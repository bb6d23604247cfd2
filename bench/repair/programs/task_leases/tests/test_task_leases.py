from task_leases import TaskQueue


def test_claim_in_order():
    queue = TaskQueue()
    queue.put("a", 1)
    queue.put("b", 2)
    assert [queue.claim().id, queue.claim().id] == ["a", "b"]
    assert queue.claim() is None


def test_ack_completes():
    queue = TaskQueue()
    queue.put("a", {"url": "https://example.com"})
    task = queue.claim()
    queue.ack(task.id)
    assert queue.completed == 1
    assert queue.is_idle()


def test_nack_retries_later():
    queue = TaskQueue()
    queue.put("a", 1)
    queue.put("b", 2)
    queue.nack(queue.claim().id, "boom")
    retried = [queue.claim(), queue.claim()]
    assert [t.id for t in retried] == ["b", "a"]
    assert retried[1].attempts == 2 and retried[1].last_error == "boom"


def test_poison_task_is_dead_lettered():
    queue = TaskQueue(max_attempts=2)
    queue.put("poison", None)
    for _ in range(2):
        queue.nack(queue.claim().id, "crash")
    assert [t.id for t in queue.dead_letters] == ["poison"]
    assert queue.claim() is None
    assert queue.is_idle()


def test_in_flight_counts_leases():
    queue = TaskQueue()
    for name in "abc":
        queue.put(name, None)
    first, second = queue.claim(), queue.claim()
    assert queue.in_flight == 2
    queue.ack(first.id)
    queue.nack(second.id, "timeout")
    assert queue.in_flight == 0
