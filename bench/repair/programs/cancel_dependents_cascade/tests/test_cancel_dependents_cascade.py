from cancel_dependents_cascade import cancel_with_dependents, dependents_map


def test_dependents_map_inverts_needs():
    deps = {"b": ["a"], "c": ["a", "b"]}
    assert dependents_map(deps) == {"a": ["b", "c"], "b": ["c"]}


def test_cancel_task_without_dependents():
    states = {"a": "running", "b": "pending"}
    assert cancel_with_dependents(states, {}, "a") == {"a": "cancelled by user"}
    assert states == {"a": "cancelled", "b": "pending"}


def test_cancel_propagates_down_a_chain():
    states = {"search": "running", "read": "pending", "write": "pending"}
    deps = {"read": ["search"], "write": ["read"]}
    cancelled = cancel_with_dependents(states, deps, "search", reason="budget exhausted")
    assert cancelled == {
        "search": "budget exhausted",
        "read": "upstream search cancelled",
        "write": "upstream search cancelled",
    }
    assert set(states.values()) == {"cancelled"}


def test_finished_root_is_left_alone():
    states = {"a": "done"}
    assert cancel_with_dependents(states, {}, "a") == {}
    assert states == {"a": "done"}
