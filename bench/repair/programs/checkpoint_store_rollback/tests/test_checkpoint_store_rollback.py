import pytest

from checkpoint_store_rollback import CheckpointStore


def make_store(capacity=20):
    store = CheckpointStore(capacity)
    for step in (1, 2, 4):
        store.save(step, {"step": step, "messages": [f"m{n}" for n in range(step)]})
    return store


def test_restore_latest():
    assert make_store().restore() == (4, {"step": 4, "messages": ["m0", "m1", "m2", "m3"]})


def test_restore_uses_newest_checkpoint_at_or_before_step():
    assert make_store().restore(3)[0] == 2
    with pytest.raises(KeyError):
        make_store().restore(0)


def test_later_changes_to_saved_state_do_not_leak_in():
    store = CheckpointStore()
    state = {"messages": ["hi"]}
    store.save(1, state)
    state["messages"].append("later")
    assert store.restore() == (1, {"messages": ["hi"]})


def test_rollback_forgets_later_checkpoints():
    store = make_store()
    assert store.rollback(2) == (2, {"step": 2, "messages": ["m0", "m1"]})
    assert store.steps() == [1, 2]
    store.save(3, {"step": 3})
    assert store.steps() == [1, 2, 3]


def test_resuming_after_rollback_keeps_checkpoint_intact():
    store = make_store()
    _, state = store.rollback(2)
    state["messages"].append("retry")
    assert store.restore(2)[1]["messages"] == ["m0", "m1"]


def test_eviction_keeps_labelled_checkpoints():
    store = CheckpointStore(capacity=2)
    store.save(1, {"n": 1}, label="plan")
    for step in range(2, 6):
        store.save(step, {"n": step})
    assert store.steps() == [1, 5]
    assert store.restore_label("plan") == (1, {"n": 1})
