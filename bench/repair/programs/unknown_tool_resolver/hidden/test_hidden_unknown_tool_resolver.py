from unknown_tool_resolver import ToolNameResolver

TOOLS = ["read_file", "write_file", "list_dir", "web_search", "fetch_url", "run_shell"]


def test_partial_names_below_default_cutoff_are_rejected():
    resolver = ToolNameResolver(TOOLS)
    for requested in ("search", "shell", "fetch", "list", "edit"):
        name, error = resolver.resolve(requested)
        assert name is None, requested
        assert error.startswith(f"Unknown tool '{requested}'. Available tools: ")


def test_looser_cutoff_is_honoured():
    resolver = ToolNameResolver(TOOLS, cutoff=0.7)
    assert resolver.resolve("search") == ("web_search", None)
    assert resolver.resolve("shell") == ("run_shell", None)
    assert resolver.resolve("write")[0] is None


def test_stricter_cutoff_is_honoured():
    resolver = ToolNameResolver(TOOLS, cutoff=0.95)
    assert resolver.resolve("read_fle") == (None, (
        "Unknown tool 'read_fle'. Available tools: fetch_url, list_dir, "
        "read_file, run_shell, web_search, write_file."))
    assert resolver.resolve("READ_FILE") == ("read_file", None)


def test_ambiguous_spelling_lists_options():
    resolver = ToolNameResolver(["read_file", "read_files", "list_dir"])
    name, error = resolver.resolve("read_fils")
    assert name is None
    assert error == "Unknown tool 'read_fils'. Did you mean one of: read_files, read_file?"


def test_fix_call_keeps_arguments():
    resolver = ToolNameResolver(TOOLS)
    call = {"id": "c1", "name": "Run-Shel", "arguments": {"cmd": "ls"}}
    assert resolver.fix_call(call) == {"id": "c1", "name": "run_shell", "arguments": {"cmd": "ls"}}
    assert call["name"] == "Run-Shel"
