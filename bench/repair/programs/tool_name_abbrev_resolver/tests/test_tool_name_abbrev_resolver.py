import pytest

from tool_name_abbrev_resolver import AmbiguousTool, ToolNameResolver, UnknownTool

TOOLS = ["read_file", "write_file", "run_shell", "search_web", "search_code"]


def make():
    return ToolNameResolver(TOOLS, aliases={"bash": "run_shell", "cat": "read_file"})


def test_exact_and_case_insensitive():
    r = make()
    assert r.resolve("read_file") == "read_file"
    assert r.resolve("Write-File") == "write_file"


def test_aliases():
    assert make().resolve("bash") == "run_shell"
    assert make().resolve("CAT") == "read_file"


def test_unique_prefix():
    assert make().resolve("writ") == "write_file"


def test_ambiguous_prefix():
    with pytest.raises(AmbiguousTool) as info:
        make().resolve("search")
    assert info.value.candidates == ["search_code", "search_web"]


def test_too_short_prefix_is_unknown():
    with pytest.raises(UnknownTool):
        make().resolve("wr")


def test_unknown_message_lists_tools():
    tool, message = make().try_resolve("delete_everything")
    assert tool is None
    assert message.endswith("read_file, run_shell, search_code, search_web, write_file")
