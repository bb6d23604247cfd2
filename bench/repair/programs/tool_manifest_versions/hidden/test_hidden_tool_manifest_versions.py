import copy

import pytest

from tool_manifest_versions import check_call, load_registry, upgrade


def v2(name, timeout=None, required=()):
    manifest = {
        "schema_version": 2,
        "name": name,
        "description": f"{name} tool",
        "parameters": {"type": "object",
                       "properties": {arg: {"type": "string"} for arg in required},
                       "required": list(required)},
    }
    if timeout is not None:
        manifest["timeout"] = timeout
    return manifest


def test_v2_timeouts_carried_over_as_floats():
    for timeout in (1, 2.5, 120, 600):
        upgraded = upgrade(v2("fetch", timeout))
        assert upgraded["timeout_s"] == float(timeout)
        assert isinstance(upgraded["timeout_s"], float)


def test_v2_without_timeout_gets_default():
    assert upgrade(v2("fetch"))["timeout_s"] == 30.0


def test_registry_keeps_each_tools_timeout():
    registry = load_registry([v2("slow", 300), v2("fast", 2), {"name": "old", "args": {}}])
    assert {name: m["timeout_s"] for name, m in registry.items()} == {
        "slow": 300.0, "fast": 2.0, "old": 30.0}
    assert all(m["schema_version"] == 3 for m in registry.values())


def test_upgrade_does_not_mutate_input():
    original = v2("edit", 7, required=("path",))
    snapshot = copy.deepcopy(original)
    upgraded = upgrade(original)
    assert original == snapshot
    assert upgraded["description"] == "edit tool"
    assert upgraded["read_only"] is False
    assert "parameters" not in upgraded and "timeout" not in upgraded


def test_v1_without_args_or_doc():
    upgraded = upgrade({"name": "ping"})
    assert upgraded["description"] == ""
    assert upgraded["input_schema"]["required"] == []
    assert check_call({"name": "ping"}, {}) == []


def test_upgrade_is_idempotent():
    once = upgrade(v2("write", 12, required=("path", "text")))
    assert upgrade(once) == once


def test_check_call_against_v2_manifest():
    manifest = v2("write", 12, required=("path", "text"))
    assert check_call(manifest, {"path": "a"}) == ["missing argument: text"]


@pytest.mark.parametrize("version", [0, 4, "2"])
def test_unsupported_versions(version):
    with pytest.raises(ValueError):
        upgrade({"schema_version": version, "name": "x"})
