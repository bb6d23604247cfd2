from cancel_dependents_cascade import cancel_with_dependents


def test_direct_dependents_are_cancelled():
    states = {"root": "pending", "x": "pending", "y": "running", "z": "pending"}
    deps = {"x": ["root"], "y": ["root"]}
    cancelled = cancel_with_dependents(states, deps, "root")
    assert list(cancelled) == ["root", "x", "y"]
    assert states["z"] == "pending"


def test_deep_chain_breadth_first_order():
    states = {n: "pending" for n in "abcdef"}
    deps = {"b": ["a"], "c": ["a"], "d": ["b"], "e": ["c"], "f": ["d", "e"]}
    cancelled = cancel_with_dependents(states, deps, "a")
    assert list(cancelled) == ["a", "b", "c", "d", "e", "f"]
    assert cancelled["f"] == "upstream a cancelled"


def test_diamond_cancels_join_once():
    states = {"a": "running", "b": "pending", "c": "pending", "d": "pending"}
    deps = {"b": ["a"], "c": ["a"], "d": ["b", "c"]}
    cancelled = cancel_with_dependents(states, deps, "a")
    assert list(cancelled) == ["a", "b", "c", "d"]


def test_finished_tasks_keep_state_but_their_dependents_are_reached():
    states = {"a": "running", "b": "done", "c": "pending", "d": "failed"}
    deps = {"b": ["a"], "c": ["b"], "d": ["a"]}
    cancelled = cancel_with_dependents(states, deps, "a")
    assert cancelled == {"a": "cancelled by user", "c": "upstream a cancelled"}
    assert states == {"a": "cancelled", "b": "done", "c": "cancelled", "d": "failed"}


def test_cancel_from_middle_leaves_upstream_running():
    states = {"a": "running", "b": "running", "c": "pending"}
    deps = {"b": ["a"], "c": ["b"]}
    cancelled = cancel_with_dependents(states, deps, "b", reason="stop")
    assert cancelled == {"b": "stop", "c": "upstream b cancelled"}
    assert states["a"] == "running"


def test_already_cancelled_dependents_not_reported_again():
    states = {"a": "pending", "b": "cancelled", "c": "pending"}
    deps = {"b": ["a"], "c": ["b"]}
    assert cancel_with_dependents(states, deps, "a") == {
        "a": "cancelled by user",
        "c": "upstream a cancelled",
    }
