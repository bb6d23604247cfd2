from skill_assignment import assign, can_do, idle_workers, unassigned


def test_can_do():
    assert can_do(5, 5)
    assert not can_do(4, 5)


def test_everyone_matched():
    tasks = {"triage": 1, "refactor": 3}
    workers = {"ann": 1, "bob": 3}
    assert assign(tasks, workers) == {"triage": "ann", "refactor": "bob"}


def test_strong_worker_kept_for_the_hard_task():
    tasks = {"docs": 1, "kernel": 9}
    workers = {"zed": 9, "amy": 2}
    assert assign(tasks, workers) == {"docs": "amy", "kernel": "zed"}


def test_too_hard_task_left_over():
    tasks = {"easy": 1, "impossible": 10}
    workers = {"ann": 4, "bob": 5}
    result = assign(tasks, workers)
    assert result == {"easy": "ann"}
    assert unassigned(tasks, result) == ["impossible"]
    assert idle_workers(workers, result) == ["bob"]


def test_no_workers():
    assert assign({"a": 1}, {}) == {}
