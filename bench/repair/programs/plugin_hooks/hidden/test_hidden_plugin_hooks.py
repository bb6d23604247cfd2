import random

from plugin_hooks import HookRegistry


def add_tag(tag):
    def hook(payload):
        return {**payload, "tags": payload.get("tags", []) + [tag]}
    return hook


def test_order_is_right_after_every_registration():
    hooks = HookRegistry()
    hooks.register("e", "c", add_tag("c"), priority=30)
    assert hooks.plugins_for("e") == ["c"]
    hooks.register("e", "a", add_tag("a"), priority=10)
    assert hooks.plugins_for("e") == ["a", "c"]
    hooks.register("e", "b", add_tag("b"), priority=20)
    assert hooks.plugins_for("e") == ["a", "b", "c"]
    assert hooks.emit("e", {})["tags"] == ["a", "b", "c"]


def test_random_priorities_sorted_and_stable():
    rng = random.Random(9)
    for _ in range(50):
        hooks = HookRegistry()
        entries = [(rng.randint(0, 5), f"p{i}") for i in range(rng.randint(1, 8))]
        for priority, name in entries:
            hooks.register("e", name, add_tag(name), priority=priority)
        expected = [name for _, name in sorted(entries, key=lambda e: e[0])]
        assert hooks.plugins_for("e") == expected
        assert hooks.emit("e", {}).get("tags", []) == expected


def test_veto_by_a_low_priority_hook_registered_last():
    hooks = HookRegistry()
    seen = []
    hooks.register("e", "log", lambda p: seen.append("log") or p, priority=100)
    hooks.register("e", "guard", lambda p: None, priority=0)
    assert hooks.emit("e", {"x": 1}) is None
    assert seen == []


def test_events_are_independent():
    hooks = HookRegistry()
    hooks.register("a", "one", add_tag("one"), priority=5)
    hooks.register("b", "two", add_tag("two"), priority=1)
    assert hooks.plugins_for("a") == ["one"]
    assert hooks.plugins_for("b") == ["two"]


def test_hooks_do_not_mutate_the_callers_payload():
    hooks = HookRegistry()
    hooks.register("e", "mut", lambda p: p.update(x=2) or p)
    original = {"x": 1}
    assert hooks.emit("e", original) == {"x": 2}
    assert original == {"x": 1}
