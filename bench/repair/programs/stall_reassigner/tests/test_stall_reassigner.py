from stall_reassigner import Move, Supervisor


def test_assign_uses_first_idle_agent():
    sup = Supervisor(["a", "b"])
    assert sup.assign("t1", now=0) == "a"
    assert sup.assign("t2", now=0) == "b"
    assert sup.assign("t3", now=0) is None


def test_progress_keeps_the_task():
    sup = Supervisor(["a", "b"], stall_after=10)
    sup.assign("t1", now=0)
    sup.progress("t1", now=8)
    assert sup.sweep(now=15) == []
    assert sup.active["t1"].agent == "a"


def test_stalled_task_moves_to_another_agent():
    sup = Supervisor(["a", "b"], stall_after=10)
    sup.assign("t1", now=0)
    assert sup.sweep(now=10) == [Move("t1", "a", "b")]
    assert sup.active["t1"].agent == "b"
    assert sup.active["t1"].last_progress == 10


def test_no_idle_agent_abandons():
    sup = Supervisor(["a"], stall_after=5)
    sup.assign("t1", now=0)
    assert sup.sweep(now=6) == [Move("t1", "a", None)]
    assert sup.abandoned == ["t1"]
    assert sup.active == {}


def test_finished_task_is_not_swept():
    sup = Supervisor(["a", "b"], stall_after=5)
    sup.assign("t1", now=0)
    sup.finish("t1")
    assert sup.sweep(now=100) == []
