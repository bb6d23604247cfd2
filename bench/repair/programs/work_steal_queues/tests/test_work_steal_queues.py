from work_steal_queues import StealingPool


def test_owner_takes_newest_job_first():
    pool = StealingPool(["a"])
    pool.submit("a", "j1", "j2", "j3")
    assert [pool.next_job("a") for _ in range(4)] == ["j3", "j2", "j1", None]


def test_victim_is_the_longest_queue():
    pool = StealingPool(["a", "b", "c"])
    pool.submit("a", "a1", "a2")
    pool.submit("b", "b1", "b2", "b3")
    assert pool.victim_for("c") == "b"
    assert pool.victim_for("b") == "a"


def test_single_job_is_not_stolen():
    pool = StealingPool(["a", "b"])
    pool.submit("a", "only")
    assert pool.steal("b") == []
    assert pool.next_job("b") is None


def test_steal_takes_the_older_half():
    pool = StealingPool(["a", "b"])
    pool.submit("a", "j1", "j2", "j3", "j4")
    assert pool.steal("b") == ["j1", "j2"]
    assert list(pool.queues["a"]) == ["j3", "j4"]
    assert pool.stolen == {"a": 0, "b": 2}


def test_run_finishes_every_job_once():
    pool = StealingPool(["a", "b"])
    pool.submit("a", "j1", "j2", "j3", "j4", "j5")
    done = pool.run()
    assert sorted(job for _, job in done) == ["j1", "j2", "j3", "j4", "j5"]
    assert {agent for agent, _ in done} == {"a", "b"}
