from glob_tool_gate import ToolGate


def test_deny_wins_over_catch_all_allow():
    gate = ToolGate(allow=["*"], deny=["shell.*", "net.?ost"])
    assert gate.decide("shell.exec") == ("deny", "denylisted")
    assert gate.decide("net.post") == ("deny", "denylisted")
    assert gate.decide("net.fetch") == ("allow", "allowlisted")


def test_deny_wins_over_default_allow_and_allow():
    gate = ToolGate(allow=["browser.open"], deny=["browser.*"], default_allow=True)
    assert gate.decide("browser.open") == ("deny", "denylisted")
    assert gate.decide("calc.add") == ("allow", "default")


def test_permitted_keeps_order_and_filters():
    gate = ToolGate(allow=["fs.*", "git.status"], deny=["fs.rm*"])
    tools = ["git.push", "fs.read", "fs.rmdir", "git.status", "fs.rm", "fs.write"]
    assert gate.permitted(tools) == ["fs.read", "git.status", "fs.write"]


def test_explain_and_whitespace():
    gate = ToolGate(allow=["db.*"], deny=["db.drop"])
    assert gate.explain(" db.drop ") == "db.drop: deny (denylisted)"
    assert gate.explain("db.query") == "db.query: allow (allowlisted)"
    assert gate.explain("mail.send") == "mail.send: deny (not allowlisted)"


def test_matching_is_case_sensitive():
    gate = ToolGate(allow=["fs.*"], deny=["FS.*"])
    assert gate.decide("fs.read")[0] == "allow"
    assert gate.decide("FS.read") == ("deny", "denylisted")
    assert gate.decide("Fs.read") == ("deny", "not allowlisted")


def test_empty_name_denied_even_with_default_allow():
    assert ToolGate(default_allow=True).decide("") == ("deny", "empty tool name")
