import pytest

from tool_name_abbrev_resolver import AmbiguousTool, ToolNameResolver, UnknownTool


def make(min_prefix=3):
    return ToolNameResolver(
        ["list_dir", "load_memory", "grep", "glob", "edit"],
        aliases={"ls": "list_dir", "find": "glob"},
        min_prefix=min_prefix,
    )


def test_short_exact_names_and_aliases_still_work():
    r = make(min_prefix=5)
    assert r.resolve("ls") == "list_dir"
    assert r.resolve("grep") == "grep"
    assert r.resolve("edit") == "edit"


def test_short_prefix_rejected_even_when_unique():
    with pytest.raises(UnknownTool):
        make().resolve("e")
    with pytest.raises(UnknownTool):
        make().resolve("ed")
    with pytest.raises(UnknownTool):
        make(min_prefix=5).resolve("list")


def test_prefix_at_threshold_allowed():
    assert make().resolve("edi") == "edit"
    assert make(min_prefix=4).resolve("list") == "list_dir"
    assert make(min_prefix=1).resolve("e") == "edit"


def test_alias_prefix_counts():
    assert make().resolve("fin") == "glob"
    with pytest.raises(AmbiguousTool):
        make(min_prefix=1).resolve("g")


def test_try_resolve_short_prefix_message():
    tool, message = make().try_resolve("gr")
    assert tool is None
    assert message == "No tool named 'gr'. Available tools: edit, glob, grep, list_dir, load_memory"


def test_try_resolve_ambiguous_message():
    tool, message = make(min_prefix=1).try_resolve("l")
    assert tool is None
    assert message == "Tool name 'l' is ambiguous; use one of: list_dir, load_memory"


def test_bad_alias_target():
    with pytest.raises(ValueError):
        ToolNameResolver(["a_tool"], aliases={"x": "missing"})
