import random

from hook_priorities import HookRegistry


def keep(payload):
    return None


def test_random_registrations_sorted_by_priority_then_order():
    rng = random.Random(3)
    for _ in range(100):
        hooks = HookRegistry()
        added = []
        for index in range(rng.randint(1, 7)):
            priority = rng.randint(-2, 2)
            hooks.register("evt", f"h{index}", keep, priority=priority)
            added.append((priority, index))
            expected = [f"h{i}" for _, i in sorted(added, key=lambda pair: (-pair[0], pair[1]))]
            assert hooks.names("evt") == expected


def test_late_high_priority_hook_runs_first():
    calls = []
    hooks = HookRegistry()
    hooks.register("after_tool", "metrics", lambda p: calls.append("metrics"), priority=-5)
    hooks.register("after_tool", "truncate", lambda p: calls.append("truncate"))
    hooks.register("after_tool", "guard", lambda p: calls.append("guard"), priority=100)
    hooks.run("after_tool", {})
    assert calls == ["guard", "truncate", "metrics"]


def test_high_priority_guard_stops_before_others():
    hooks = HookRegistry()
    hooks.register("before_tool", "run", lambda p: {**p, "ran": True})
    hooks.register("before_tool", "deny", lambda p: {**p, "stop": True}, priority=1)
    assert hooks.run("before_tool", {"tool": "shell"}) == {"tool": "shell", "stop": True}


def test_events_are_separate():
    hooks = HookRegistry()
    hooks.register("a", "one", keep)
    hooks.register("b", "two", keep, priority=9)
    hooks.register("a", "three", keep, priority=4)
    assert hooks.names("a") == ["three", "one"]
    assert hooks.names("b") == ["two"]
    assert hooks.run("missing", {"k": 1}) == {"k": 1}


def test_register_after_unregister_keeps_order():
    hooks = HookRegistry()
    hooks.register("e", "low", keep, priority=1)
    hooks.register("e", "mid", keep, priority=2)
    hooks.unregister("e", "mid")
    hooks.register("e", "top", keep, priority=3)
    hooks.register("e", "mid", keep, priority=2)
    assert hooks.names("e") == ["top", "mid", "low"]
