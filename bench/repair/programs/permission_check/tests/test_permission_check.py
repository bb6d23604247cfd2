from permission_check import ToolPolicy, is_permitted, permitted_tools


def test_nothing_allowed_by_default():
    assert not is_permitted(ToolPolicy(), "read_file")


def test_allow_pattern():
    policy = ToolPolicy(allow=["fs.*"])
    assert is_permitted(policy, "fs.read")
    assert not is_permitted(policy, "net.fetch")


def test_exact_deny_wins():
    policy = ToolPolicy(allow=["*"], deny=["shell.exec"])
    assert not is_permitted(policy, "shell.exec")


def test_wildcard_deny_wins_over_allow():
    policy = ToolPolicy(allow=["fs.*"], deny=["fs.delete*"])
    assert permitted_tools(policy, ["fs.read", "fs.delete", "fs.delete_tree"]) == ["fs.read"]
