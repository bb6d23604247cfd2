import pytest

from checkpoint_store_rollback import CheckpointStore


def test_restored_state_can_be_edited_freely():
    store = CheckpointStore()
    store.save(1, {"plan": ["a", "b"], "vars": {"x": 1}})
    _, state = store.restore()
    state["plan"].pop()
    state["vars"]["x"] = 99
    _, again = store.restore(1)
    assert again == {"plan": ["a", "b"], "vars": {"x": 1}}


def test_restore_between_checkpoints_returns_copy():
    store = CheckpointStore()
    store.save(2, {"tools": ["grep"]})
    store.save(7, {"tools": ["grep", "ls"]})
    step, state = store.restore(5)
    assert step == 2
    state["tools"].append("rm")
    assert store.restore(6) == (2, {"tools": ["grep"]})


def test_rollback_result_is_independent_after_further_saves():
    store = CheckpointStore()
    store.save(1, {"log": []})
    store.save(2, {"log": ["x"]})
    _, state = store.rollback(1)
    state["log"].append("y")
    store.save(2, state)
    assert store.restore(1) == (1, {"log": []})
    assert store.restore(2) == (2, {"log": ["y"]})


def test_label_restore_is_a_copy():
    store = CheckpointStore()
    store.save(1, {"goal": ["g"]}, label="start")
    _, state = store.restore_label("start")
    state["goal"].clear()
    assert store.restore_label("start") == (1, {"goal": ["g"]})


def test_steps_must_increase():
    store = CheckpointStore()
    store.save(3, {})
    with pytest.raises(ValueError):
        store.save(3, {})


def test_eviction_drops_oldest_unlabelled():
    store = CheckpointStore(capacity=3)
    for step in range(1, 7):
        store.save(step, {"n": step}, label="mid" if step == 3 else None)
    assert store.steps() == [3, 5, 6]
    assert store.rollback(4) == (3, {"n": 3})
    assert store.steps() == [3]


def test_missing_label_and_empty_store():
    store = CheckpointStore()
    with pytest.raises(KeyError):
        store.restore()
    with pytest.raises(KeyError):
        store.restore_label("nope")
    with pytest.raises(ValueError):
        CheckpointStore(capacity=0)
