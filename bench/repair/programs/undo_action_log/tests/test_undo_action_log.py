from undo_action_log import UndoLog


def setter(state, key, value):
    old = state.get(key)

    def apply():
        state[key] = value

    def revert():
        if old is None:
            state.pop(key, None)
        else:
            state[key] = old

    return apply, revert


def test_perform_applies_action():
    state = {}
    log = UndoLog()
    log.perform("set a", *setter(state, "a", 1))
    assert state == {"a": 1}
    assert log.history() == ["set a"]


def test_undo_reverts_most_recent_first():
    state = {}
    log = UndoLog()
    log.perform("set a", *setter(state, "a", 1))
    log.perform("set b", *setter(state, "b", 2))
    assert log.undo() == ["set b"]
    assert state == {"a": 1}
    assert log.undo(5) == ["set a"]
    assert state == {}
    assert not log.can_undo


def test_undo_then_redo_restores_state():
    state = {}
    log = UndoLog()
    log.perform("set a", *setter(state, "a", 1))
    log.perform("set b", *setter(state, "b", 2))
    log.undo(2)
    assert log.redo() == ["set a"]
    assert state == {"a": 1}
    assert log.history() == ["set a"]
    assert log.can_redo


def test_limit_drops_oldest_entries():
    state = {}
    log = UndoLog(limit=2)
    for key in "xyz":
        log.perform(f"set {key}", *setter(state, key, 0))
    assert log.history() == ["set y", "set z"]
