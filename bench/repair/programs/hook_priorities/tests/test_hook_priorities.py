import pytest

from hook_priorities import HookRegistry


def keep(payload):
    return None


def test_higher_priority_runs_first():
    hooks = HookRegistry()
    hooks.register("before_tool", "audit_log", keep)
    hooks.register("before_tool", "redact_secrets", keep, priority=10)
    assert hooks.names("before_tool") == ["redact_secrets", "audit_log"]


def test_same_priority_keeps_registration_order():
    hooks = HookRegistry()
    for name in ("a", "b", "c"):
        hooks.register("on_message", name, keep)
    assert hooks.names("on_message") == ["a", "b", "c"]


def test_hooks_transform_the_payload_in_turn():
    hooks = HookRegistry()
    hooks.register("on_message", "strip", lambda p: {**p, "text": p["text"].strip()}, priority=5)
    hooks.register("on_message", "upper", lambda p: {**p, "text": p["text"].upper()})
    assert hooks.run("on_message", {"text": "  hi "}) == {"text": "HI"}


def test_stop_ends_the_chain():
    seen = []
    hooks = HookRegistry()
    hooks.register("before_tool", "deny", lambda p: {**p, "stop": True})
    hooks.register("before_tool", "never", lambda p: seen.append(p))
    assert hooks.run("before_tool", {"tool": "rm"})["stop"] is True
    assert seen == []


def test_duplicate_name_rejected():
    hooks = HookRegistry()
    hooks.register("e", "x", keep)
    with pytest.raises(ValueError):
        hooks.register("e", "x", keep, priority=3)


def test_unregister():
    hooks = HookRegistry()
    hooks.register("e", "x", keep)
    assert hooks.unregister("e", "x") is True
    assert hooks.unregister("e", "x") is False
    assert hooks.names("e") == []
