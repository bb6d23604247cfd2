from tool_concurrency_slots import ToolSlots


def test_limits_read_from_config():
    slots = ToolSlots({"default_slots": 2,
                       "tools": {"python": {"max_concurrent": 5}, "fetch": {"max_concurrent": 0}}})
    assert slots.limit("python") == 5
    assert slots.limit("fetch") == 0
    assert slots.limit("other") == 2
    assert not slots.try_acquire("fetch")


def test_tool_entry_without_limit_uses_default():
    slots = ToolSlots({"default_slots": 3, "tools": {"shell": {"timeout": 30}}})
    assert slots.limit("shell") == 3


def test_global_cap_across_tools():
    slots = ToolSlots({"global_slots": 3, "default_slots": 1,
                       "tools": {"shell": {"max_concurrent": 4}}})
    assert slots.try_acquire("shell")
    assert slots.try_acquire("shell")
    assert slots.try_acquire("shell")
    assert not slots.try_acquire("shell")
    assert not slots.try_acquire("grep")
    assert slots.in_use() == 3
    slots.release("shell")
    assert slots.try_acquire("grep")
    assert slots.in_use("shell") == 2


def test_defaults_when_config_empty():
    slots = ToolSlots({})
    assert slots.global_slots == 8
    assert slots.limit("anything") == 1
