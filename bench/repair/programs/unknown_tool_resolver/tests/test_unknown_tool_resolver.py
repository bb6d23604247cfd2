import pytest

from unknown_tool_resolver import ToolNameResolver

TOOLS = ["read_file", "write_file", "list_dir", "web_search", "fetch_url", "run_shell"]


def test_exact_name():
    assert ToolNameResolver(TOOLS).resolve("list_dir") == ("list_dir", None)


def test_case_and_dash_variants():
    resolver = ToolNameResolver(TOOLS)
    assert resolver.resolve("Read-File") == ("read_file", None)
    assert resolver.resolve("web.search") == ("web_search", None)


def test_small_typo_is_corrected():
    assert ToolNameResolver(TOOLS).resolve("read_fle") == ("read_file", None)


def test_vague_name_is_not_guessed():
    name, error = ToolNameResolver(TOOLS).resolve("write")
    assert name is None
    assert error == ("Unknown tool 'write'. Available tools: fetch_url, list_dir, "
                     "read_file, run_shell, web_search, write_file.")


def test_fix_call_unknown_tool_raises():
    with pytest.raises(LookupError, match="Unknown tool 'delete_everything'"):
        ToolNameResolver(TOOLS).fix_call({"name": "delete_everything", "arguments": {}})
