from permission_check import ToolPolicy, is_permitted


def test_question_mark_and_classes():
    policy = ToolPolicy(allow=["*"], deny=["db.drop?", "net.[pd]*"])
    assert not is_permitted(policy, "db.drop1")
    assert is_permitted(policy, "db.drop")
    assert not is_permitted(policy, "net.post")
    assert not is_permitted(policy, "net.delete")
    assert is_permitted(policy, "net.get")


def test_case_sensitive():
    policy = ToolPolicy(allow=["fs.*"], deny=["fs.Write*"])
    assert is_permitted(policy, "fs.write_file")
    assert not is_permitted(policy, "fs.WriteFile")


def test_deny_everything():
    policy = ToolPolicy(allow=["fs.read"], deny=["*"])
    assert not is_permitted(policy, "fs.read")
