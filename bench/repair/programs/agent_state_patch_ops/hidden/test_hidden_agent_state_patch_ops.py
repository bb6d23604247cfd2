import pytest

from agent_state_patch_ops import PatchError, apply_patch, try_apply

STATE = {"plan": {"todo": ["a", "b"], "done": []}, "budget": 100, "a/b": {"~k": 1}}


@pytest.mark.parametrize("path", ["/plan/todo/-1", "/plan/todo/x", "/plan/todo/-", "/plan/todo/1.0"])
def test_bad_indices_rejected_by_every_op(path):
    for op in ({"op": "remove", "path": path}, {"op": "replace", "path": path, "value": 0}):
        with pytest.raises(PatchError):
            apply_patch(STATE, [op])


def test_bad_index_on_the_way_down():
    with pytest.raises(PatchError):
        apply_patch({"xs": [{"a": 1}]}, [{"op": "replace", "path": "/xs/first/a", "value": 2}])


def test_add_with_bad_index():
    for path in ("/plan/done/end", "/plan/todo/3"):
        state, error = try_apply(STATE, [{"op": "add", "path": path, "value": "c"}])
        assert state is STATE
        assert error and path in error


def test_descending_into_scalar_fails():
    with pytest.raises(PatchError):
        apply_patch(STATE, [{"op": "add", "path": "/budget/extra", "value": 1}])


def test_insert_in_middle_and_escaped_keys():
    new = apply_patch(STATE, [
        {"op": "add", "path": "/plan/todo/1", "value": "mid"},
        {"op": "add", "path": "/plan/todo/3", "value": "end"},
        {"op": "replace", "path": "/a~1b/~0k", "value": 2},
    ])
    assert new["plan"]["todo"] == ["a", "mid", "b", "end"]
    assert new["a/b"] == {"~k": 2}


def test_unknown_op_and_missing_value():
    with pytest.raises(PatchError):
        apply_patch(STATE, [{"op": "move", "path": "/budget"}])
    with pytest.raises(PatchError):
        apply_patch(STATE, [{"op": "add", "path": "/x"}])
    with pytest.raises(PatchError):
        apply_patch(STATE, [{"op": "remove", "path": "budget"}])


def test_try_apply_success():
    state, error = try_apply(STATE, [{"op": "replace", "path": "/budget", "value": 50}])
    assert error is None and state["budget"] == 50 and STATE["budget"] == 100
