from glob_tool_gate import ToolGate


def test_exact_allow():
    gate = ToolGate(allow=["search.web"])
    assert gate.decide("search.web") == ("allow", "allowlisted")


def test_unknown_tool_refused_by_default():
    gate = ToolGate(allow=["search.web"])
    assert gate.decide("shell.run") == ("deny", "not allowlisted")


def test_default_allow():
    gate = ToolGate(deny=["shell.*"], default_allow=True)
    assert gate.decide("search.web") == ("allow", "default")
    assert gate.decide("shell.run") == ("deny", "denylisted")


def test_wildcard_allow_with_specific_deny():
    gate = ToolGate(allow=["fs.*"], deny=["fs.delete"])
    assert gate.decide("fs.read") == ("allow", "allowlisted")
    assert gate.decide("fs.delete") == ("deny", "denylisted")


def test_empty_name():
    assert ToolGate(allow=["*"]).decide("  ")[0] == "deny"
