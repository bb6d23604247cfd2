from undo_action_log import UndoLog


class Counter:
    def __init__(self):
        self.value = 0
        self.calls = []

    def adder(self, amount):
        def apply():
            self.value += amount
            self.calls.append(("+", amount))

        def revert():
            self.value -= amount
            self.calls.append(("-", amount))

        return apply, revert


def test_redo_then_undo_again():
    counter = Counter()
    log = UndoLog()
    log.perform("add 5", *counter.adder(5))
    log.undo()
    assert counter.value == 0
    assert log.redo() == ["add 5"]
    assert counter.value == 5
    assert log.can_undo
    assert log.undo() == ["add 5"]
    assert counter.value == 0


def test_redo_several_in_original_order():
    counter = Counter()
    log = UndoLog()
    for amount in (1, 10, 100):
        log.perform(f"add {amount}", *counter.adder(amount))
    assert log.undo(3) == ["add 100", "add 10", "add 1"]
    assert counter.value == 0
    assert log.redo(2) == ["add 1", "add 10"]
    assert counter.value == 11
    assert log.history() == ["add 1", "add 10"]
    assert log.can_redo
    assert log.redo(5) == ["add 100"]
    assert log.history() == ["add 1", "add 10", "add 100"]
    assert not log.can_redo
    assert log.undo(2) == ["add 100", "add 10"]
    assert counter.value == 1


def test_new_action_discards_redo_history():
    counter = Counter()
    log = UndoLog()
    log.perform("add 1", *counter.adder(1))
    log.perform("add 2", *counter.adder(2))
    log.undo()
    log.perform("add 7", *counter.adder(7))
    assert not log.can_redo
    assert log.redo() == []
    assert counter.value == 8
    assert log.history() == ["add 1", "add 7"]


def test_empty_log():
    log = UndoLog()
    assert log.undo() == []
    assert log.redo() == []
    assert log.history() == []
    assert not log.can_undo and not log.can_redo


def test_each_callable_runs_once_per_step():
    counter = Counter()
    log = UndoLog()
    log.perform("add 3", *counter.adder(3))
    log.undo()
    log.redo()
    assert counter.calls == [("+", 3), ("-", 3), ("+", 3)]
