from plan_executor import runnable


def test_running_and_done_excluded():
    steps = {"a": [], "b": [], "c": ["a"], "d": ["a", "b"]}
    assert runnable(steps, {"a"}, {"b"}) == ["c"]
    assert runnable(steps, set(), {"a", "b"}) == []
    assert runnable(steps, {"a", "b"}, {"c"}) == ["d"]


def test_missing_dependency_never_runnable():
    assert runnable({"x": ["ghost"]}, set(), set()) == []
