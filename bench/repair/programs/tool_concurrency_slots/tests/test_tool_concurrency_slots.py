import pytest

from tool_concurrency_slots import SlotsBusy, ToolSlots

CONFIG = {
    "global_slots": 3,
    "default_slots": 1,
    "tools": {"shell": {"max_concurrent": 2}, "browser": {"max_concurrent": 1}},
}


def test_unknown_tool_gets_default_limit():
    slots = ToolSlots(CONFIG)
    assert slots.try_acquire("grep")
    assert not slots.try_acquire("grep")


def test_configured_tool_limit():
    slots = ToolSlots(CONFIG)
    assert slots.try_acquire("shell")
    assert slots.try_acquire("shell")
    assert not slots.try_acquire("shell")
    assert slots.in_use("shell") == 2


def test_release_frees_slot():
    slots = ToolSlots(CONFIG)
    assert slots.try_acquire("browser")
    slots.release("browser")
    assert slots.try_acquire("browser")


def test_release_without_acquire_is_an_error():
    slots = ToolSlots(CONFIG)
    with pytest.raises(ValueError):
        slots.release("shell")


def test_context_manager_releases_on_error():
    slots = ToolSlots(CONFIG)
    with pytest.raises(KeyError):
        with slots.slot("browser"):
            raise KeyError("boom")
    assert slots.in_use("browser") == 0
    with slots.slot("browser"):
        with pytest.raises(SlotsBusy):
            with slots.slot("browser"):
                pass
