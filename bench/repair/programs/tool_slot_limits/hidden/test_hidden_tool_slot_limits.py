import pytest

from tool_slot_limits import NoFreeSlot, ToolSlots


def test_available_respects_total():
    slots = ToolSlots({"a": 5, "b": 5}, total_limit=6)
    for _ in range(4):
        assert slots.try_acquire("a")
    assert slots.available("b") == 2
    assert slots.available("a") == 1
    assert slots.try_acquire("b") and slots.try_acquire("b")
    assert slots.available("a") == 0
    assert not slots.try_acquire("a")
    slots.release("b")
    assert slots.available("a") == 1


def test_total_limit_with_default_tools():
    slots = ToolSlots({}, default_limit=2, total_limit=3)
    started, waiting = slots.admit(["x", "y", "z", "x"])
    assert started == ["x", "y", "z"]
    assert waiting == ["x"]


def test_tool_limit_smaller_than_total():
    slots = ToolSlots({"browser": 1}, default_limit=3, total_limit=10)
    started, waiting = slots.admit(["browser", "browser", "grep", "grep", "grep", "grep"])
    assert started == ["browser", "grep", "grep", "grep"]
    assert waiting == ["browser", "grep"]


def test_context_manager_blocked_by_total():
    slots = ToolSlots({"a": 2, "b": 2}, total_limit=2)
    with slots.slot("a"), slots.slot("b"):
        with pytest.raises(NoFreeSlot):
            with slots.slot("a"):
                pass
    assert slots.available("a") == 2


def test_zero_limit_tool_never_runs():
    slots = ToolSlots({"deploy": 0}, total_limit=5)
    assert slots.available("deploy") == 0
    assert not slots.try_acquire("deploy")
