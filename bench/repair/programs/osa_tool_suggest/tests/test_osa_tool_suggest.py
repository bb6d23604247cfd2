from osa_tool_suggest import osa_distance, suggest, unknown_tool_message

TOOLS = ["read_file", "write_file", "edit_file", "grep", "glob", "bash"]


def test_plain_edits():
    assert osa_distance("", "") == 0
    assert osa_distance("abc", "") == 3
    assert osa_distance("kitten", "sitting") == 3
    assert osa_distance("grep", "grep") == 0


def test_adjacent_transposition_costs_one():
    assert osa_distance("raed_file", "read_file") == 1
    assert osa_distance("ab", "ba") == 1


def test_no_substring_edited_twice():
    # unlike unrestricted Damerau-Levenshtein, "ca" -> "abc" needs 3 edits here
    assert osa_distance("ca", "abc") == 3


def test_suggest_closest_first():
    assert suggest("grpe", TOOLS) == ["grep"]
    assert suggest("edit_fiel", TOOLS) == ["edit_file"]
    assert suggest("totally_unknown", TOOLS) == []


def test_unknown_tool_message():
    assert unknown_tool_message("Bash_", TOOLS) == "Unknown tool 'Bash_'. Did you mean 'bash'?"
    assert unknown_tool_message("deploy", TOOLS) == "Unknown tool 'deploy'."
