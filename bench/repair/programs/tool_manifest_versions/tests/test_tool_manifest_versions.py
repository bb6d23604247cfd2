import pytest

from tool_manifest_versions import check_call, load_registry, upgrade

SEARCH_V1 = {"name": "search", "doc": "Web search", "args": {"query": "string", "limit": "integer"}}
SHELL_V2 = {
    "schema_version": 2,
    "name": "shell",
    "description": "Run a shell command",
    "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}},
                   "required": ["cmd"]},
    "timeout": 5,
}


def test_current_version_passes_through():
    manifest = {"schema_version": 3, "name": "clock", "description": "", "timeout_s": 1.0,
                "input_schema": {"type": "object", "properties": {}}, "read_only": True}
    assert upgrade(manifest) == manifest


def test_v1_upgraded_to_current():
    upgraded = upgrade(SEARCH_V1)
    assert upgraded["schema_version"] == 3
    assert upgraded["description"] == "Web search"
    assert upgraded["input_schema"]["properties"] == {
        "query": {"type": "string"}, "limit": {"type": "integer"}}
    assert upgraded["input_schema"]["required"] == ["limit", "query"]
    assert upgraded["timeout_s"] == 30.0
    assert upgraded["read_only"] is False


def test_v2_upgraded_to_current():
    upgraded = upgrade(SHELL_V2)
    assert upgraded["input_schema"] == SHELL_V2["parameters"]
    assert upgraded["timeout_s"] == 5.0


def test_unknown_version_rejected():
    with pytest.raises(ValueError):
        upgrade({"schema_version": 9, "name": "future"})


def test_registry_indexes_by_name_and_rejects_duplicates():
    registry = load_registry([SEARCH_V1, SHELL_V2])
    assert sorted(registry) == ["search", "shell"]
    with pytest.raises(ValueError):
        load_registry([SEARCH_V1, SEARCH_V1])


def test_check_call():
    assert check_call(SHELL_V2, {"cmd": "ls"}) == []
    assert check_call(SEARCH_V1, {"query": "x", "page": 2}) == [
        "missing argument: limit", "unknown argument: page"]
