from work_steal_queues import StealingPool


def test_odd_queue_leaves_the_larger_half():
    pool = StealingPool(["a", "b"])
    pool.submit("a", "j1", "j2", "j3", "j4", "j5")
    assert pool.steal("b") == ["j1", "j2"]
    assert list(pool.queues["a"]) == ["j3", "j4", "j5"]
    assert list(pool.queues["b"]) == ["j1", "j2"]


def test_thief_then_works_newest_stolen_job_first():
    pool = StealingPool(["a", "b"])
    pool.submit("a", "j1", "j2", "j3", "j4", "j5", "j6")
    assert pool.next_job("b") == "j3"
    assert list(pool.queues["b"]) == ["j1", "j2"]
    assert list(pool.queues["a"]) == ["j4", "j5", "j6"]


def test_run_order():
    pool = StealingPool(["a", "b", "c"])
    pool.submit("a", "a1", "a2", "a3", "a4", "a5", "a6")
    pool.submit("c", "c1")
    done = pool.run()
    assert done == [
        ("a", "a6"), ("b", "a2"), ("c", "c1"),
        ("a", "a5"), ("b", "a1"), ("c", "a3"),
        ("a", "a4"),
    ]
    assert pool.stolen == {"a": 0, "b": 2, "c": 1}


def test_ties_pick_first_listed_victim():
    pool = StealingPool(["x", "y", "z"])
    pool.submit("y", "y1", "y2", "y3")
    pool.submit("z", "z1", "z2", "z3")
    assert pool.steal("x") == ["y1"]
    assert list(pool.queues["y"]) == ["y2", "y3"]


def test_steal_twice_moves_oldest_jobs():
    pool = StealingPool(["a", "b", "c"])
    pool.submit("a", *[f"j{n}" for n in range(1, 9)])
    assert pool.steal("b") == ["j1", "j2", "j3", "j4"]
    assert pool.steal("c") == ["j5", "j6"]
    assert list(pool.queues["a"]) == ["j7", "j8"]
    assert pool.stolen == {"a": 0, "b": 4, "c": 2}


def test_nothing_to_do():
    pool = StealingPool(["a", "b"])
    assert pool.run() == []
    assert pool.next_job("a") is None
