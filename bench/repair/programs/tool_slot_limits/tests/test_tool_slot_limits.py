import pytest

from tool_slot_limits import NoFreeSlot, ToolSlots


def test_default_limit_is_one():
    slots = ToolSlots({})
    assert slots.try_acquire("shell")
    assert not slots.try_acquire("shell")


def test_per_tool_limit():
    slots = ToolSlots({"web_search": 3})
    assert [slots.try_acquire("web_search") for _ in range(4)] == [True, True, True, False]


def test_release_frees_a_slot():
    slots = ToolSlots({"read_file": 2})
    slots.try_acquire("read_file")
    slots.try_acquire("read_file")
    slots.release("read_file")
    assert slots.available("read_file") == 1


def test_total_limit_across_tools():
    slots = ToolSlots({"read_file": 3, "web_search": 3}, total_limit=4)
    started, waiting = slots.admit(["read_file", "web_search", "read_file", "web_search",
                                    "read_file", "web_search"])
    assert started == ["read_file", "web_search", "read_file", "web_search"]
    assert waiting == ["read_file", "web_search"]


def test_slot_context_manager():
    slots = ToolSlots({})
    with slots.slot("shell"):
        with pytest.raises(NoFreeSlot):
            with slots.slot("shell"):
                pass
    assert slots.available("shell") == 1


def test_release_without_acquire():
    with pytest.raises(ValueError):
        ToolSlots({}).release("shell")
