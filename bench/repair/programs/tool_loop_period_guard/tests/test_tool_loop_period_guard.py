from tool_loop_period_guard import LoopGuard, call_signature


def read(path, **extra):
    return {"name": "read_file", "arguments": {"path": path, **extra}}


def test_signature_accepts_json_string():
    as_dict = {"name": "grep", "arguments": {"pattern": "TODO"}}
    as_text = {"name": "grep", "arguments": '{"pattern": "TODO"}'}
    assert call_signature(as_dict) == call_signature(as_text)


def test_signature_ignores_argument_order():
    a = {"name": "grep", "arguments": {"pattern": "TODO", "path": "src"}}
    b = {"name": "grep", "arguments": '{"path": "src", "pattern": "TODO"}'}
    assert call_signature(a) == call_signature(b)


def test_no_loop_on_progress():
    guard = LoopGuard()
    for i in range(6):
        guard.record(read(f"file{i}.py"))
    assert guard.repeating_block() is None
    assert not guard.should_stop()


def test_same_call_three_times():
    guard = LoopGuard(min_repeats=3)
    for _ in range(3):
        guard.record(read("a.py"))
    assert guard.repeating_block() == (1, 3)


def test_two_call_cycle():
    guard = LoopGuard(min_repeats=3)
    guard.record(read("setup.py"))
    for _ in range(3):
        guard.record(read("a.py"))
        guard.record({"name": "run_tests", "arguments": {}})
    assert guard.repeating_block() == (2, 3)
    assert guard.should_stop()
