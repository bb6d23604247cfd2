from tool_loop_period_guard import LoopGuard, call_signature


def edit(path, old, new):
    return {"name": "edit", "arguments": {"path": path, "old": old, "new": new}}


def test_signature_canonical_forms():
    a = call_signature({"name": "edit", "arguments": {"b": 1, "a": {"y": 2, "x": 1}}})
    b = call_signature({"name": "edit", "arguments": '{"a": {"x": 1, "y": 2}, "b": 1}'})
    assert a == b
    assert call_signature({"name": "ls"}) == call_signature({"name": "ls", "arguments": ""})
    assert call_signature({"name": "ls", "arguments": None}) == call_signature({"name": "ls", "arguments": "{}"})
    assert call_signature({"name": "ls"}) != call_signature({"name": "cat"})


def test_loop_with_reordered_arguments():
    guard = LoopGuard(min_repeats=3)
    guard.record(edit("x.py", "a", "b"))
    guard.record({"name": "edit", "arguments": '{"new": "b", "old": "a", "path": "x.py"}'})
    guard.record({"name": "edit", "arguments": '{"old": "a", "path": "x.py", "new": "b"}'})
    assert guard.repeating_block() == (1, 3)


def test_block_of_three_with_mixed_argument_forms():
    guard = LoopGuard(min_repeats=2)
    for turn in range(2):
        guard.record({"name": "grep", "arguments": {"q": "foo", "path": "."}})
        guard.record(edit("x.py", "a", "b") if turn == 0 else
                     {"name": "edit", "arguments": '{"path": "x.py", "new": "b", "old": "a"}'})
        guard.record({"name": "run_tests", "arguments": {}})
    assert guard.repeating_block() == (3, 2)


def test_longest_tail_wins_and_window_is_kept():
    guard = LoopGuard(min_repeats=2, window=5)
    for _ in range(4):
        guard.record({"name": "ping", "arguments": {}})
    assert guard.repeating_block() == (1, 4)
    for i in range(10):
        guard.record({"name": "step", "arguments": {"i": i}})
    assert len(guard.history) == 5
    assert guard.repeating_block() is None


def test_broken_cycle_is_not_a_loop():
    guard = LoopGuard(min_repeats=3)
    for path in ("a", "b", "a", "b", "a", "c"):
        guard.record(edit(path, "1", "2"))
    assert not guard.should_stop()
