import pytest

from agent_state_patch_ops import PatchError, apply_patch, try_apply

STATE = {"goal": "book a flight", "steps": ["search", "compare"], "notes": {}}


def test_add_replace_remove():
    new = apply_patch(STATE, [
        {"op": "add", "path": "/steps/-", "value": "pay"},
        {"op": "replace", "path": "/goal", "value": "book a train"},
        {"op": "add", "path": "/notes/budget", "value": 300},
        {"op": "remove", "path": "/steps/0"},
    ])
    assert new == {"goal": "book a train", "steps": ["compare", "pay"], "notes": {"budget": 300}}


def test_original_state_untouched():
    apply_patch(STATE, [{"op": "add", "path": "/steps/0", "value": "plan"}])
    assert STATE["steps"] == ["search", "compare"]


def test_replace_missing_member_fails():
    with pytest.raises(PatchError):
        apply_patch(STATE, [{"op": "replace", "path": "/deadline", "value": "fri"}])


def test_non_numeric_list_index_fails():
    with pytest.raises(PatchError):
        apply_patch(STATE, [{"op": "remove", "path": "/steps/first"}])


def test_try_apply_reports_error_and_keeps_state():
    state, error = try_apply(STATE, [
        {"op": "add", "path": "/notes/x", "value": 1},
        {"op": "remove", "path": "/steps/5"},
    ])
    assert state is STATE
    assert "remove" in error
