from plugin_hooks import HookRegistry


def add_tag(tag):
    def hook(payload):
        return {**payload, "tags": payload.get("tags", []) + [tag]}
    return hook


def test_hook_changes_the_payload():
    hooks = HookRegistry()
    hooks.register("before_tool", "upper", lambda p: {**p, "cmd": p["cmd"].upper()})
    assert hooks.emit("before_tool", {"cmd": "ls"}) == {"cmd": "LS"}


def test_event_without_hooks_passes_through():
    assert HookRegistry().emit("after_tool", {"ok": True}) == {"ok": True}


def test_lower_priority_runs_first():
    hooks = HookRegistry()
    hooks.register("before_tool", "audit", add_tag("audit"), priority=50)
    hooks.register("before_tool", "policy", add_tag("policy"), priority=10)
    assert hooks.emit("before_tool", {})["tags"] == ["policy", "audit"]


def test_equal_priority_keeps_registration_order():
    hooks = HookRegistry()
    hooks.register("before_tool", "first", add_tag("first"))
    hooks.register("before_tool", "second", add_tag("second"))
    assert hooks.plugins_for("before_tool") == ["first", "second"]


def test_veto_stops_the_chain():
    hooks = HookRegistry()
    hooks.register("before_tool", "deny", lambda p: None, priority=1)
    hooks.register("before_tool", "tagger", add_tag("late"), priority=2)
    assert hooks.emit("before_tool", {"cmd": "rm -rf /"}) is None


def test_unregister_plugin():
    hooks = HookRegistry()
    hooks.register("before_tool", "lint", add_tag("lint"))
    hooks.register("after_tool", "lint", add_tag("lint"))
    hooks.register("after_tool", "log", add_tag("log"))
    assert hooks.unregister_plugin("lint") == 2
    assert hooks.plugins_for("after_tool") == ["log"]
