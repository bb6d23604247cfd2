from dlq_inflight_redrive import DeadLetterQueue


def test_take_and_complete():
    q = DeadLetterQueue()
    q.enqueue("j1", {"email": "a@example.com"})
    job = q.take()
    assert job.id == "j1"
    assert q.stats() == {"ready": 0, "in_flight": 1, "dead": 0}
    assert q.complete("j1") is True
    assert q.stats() == {"ready": 0, "in_flight": 0, "dead": 0}


def test_take_from_empty_queue():
    assert DeadLetterQueue().take() is None


def test_failed_job_goes_to_back_of_queue():
    q = DeadLetterQueue()
    q.enqueue("j1", 1)
    q.enqueue("j2", 2)
    job = q.take()
    assert q.fail(job.id, "timeout") == "retry"
    assert [q.take().id, q.take().id] == ["j2", "j1"]


def test_job_dead_lettered_after_max_attempts():
    q = DeadLetterQueue(max_attempts=2)
    q.enqueue("j1", 1)
    assert q.fail(q.take().id, "boom") == "retry"
    assert q.fail(q.take().id, "boom again") == "dead"
    assert q.stats() == {"ready": 0, "in_flight": 0, "dead": 1}
    assert q.dead["j1"].errors == ["boom", "boom again"]


def test_redrive_moves_dead_letters_back():
    q = DeadLetterQueue(max_attempts=1)
    q.enqueue("j1", 1)
    q.fail(q.take().id, "boom")
    assert q.redrive() == ["j1"]
    assert q.take().id == "j1"
