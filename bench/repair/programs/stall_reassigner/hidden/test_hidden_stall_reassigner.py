from stall_reassigner import Move, Supervisor


def test_task_never_returns_to_an_agent_that_stalled_on_it():
    sup = Supervisor(["a", "b", "c", "d"], stall_after=5, max_attempts=5)
    sup.assign("t", now=0)
    assert sup.sweep(now=5) == [Move("t", "a", "b")]
    assert sup.sweep(now=10) == [Move("t", "b", "c")]
    assert sup.sweep(now=15) == [Move("t", "c", "d")]
    assert sup.sweep(now=20) == [Move("t", "d", None)]
    assert "t" not in sup.active
    assert sup.abandoned == ["t"]


def test_max_attempts():
    sup = Supervisor(["a", "b", "c", "d"], stall_after=5, max_attempts=2)
    sup.assign("t", now=0)
    assert sup.sweep(now=5) == [Move("t", "a", "b")]
    assert sup.sweep(now=10) == [Move("t", "b", None)]
    assert sup.abandoned == ["t"]
    assert sup.active == {}


def test_stalled_agent_is_free_for_other_tasks():
    sup = Supervisor(["a", "b", "c"], stall_after=5)
    sup.assign("t1", now=0)
    sup.assign("t2", now=0)
    moves = sup.sweep(now=5)
    assert moves == [Move("t1", "a", "c"), Move("t2", "b", "a")]
    assert {task: a.agent for task, a in sup.active.items()} == {"t1": "c", "t2": "a"}
    assert sup.active["t1"].tried == ["a"]
    assert sup.active["t2"].tried == ["b"]


def test_two_agents_swap_back_and_forth_is_refused():
    sup = Supervisor(["a", "b"], stall_after=5, max_attempts=9)
    sup.assign("t", now=0)
    assert sup.sweep(now=5) == [Move("t", "a", "b")]
    assert sup.sweep(now=10) == [Move("t", "b", None)]


def test_only_stalled_tasks_move():
    sup = Supervisor(["a", "b", "c"], stall_after=5)
    sup.assign("t1", now=0)
    sup.assign("t2", now=0)
    sup.progress("t2", now=4)
    assert sup.sweep(now=6) == [Move("t1", "a", "c")]
    assert sup.active["t2"].agent == "b"
    assert sup.assign("t3", now=6) == "a"
