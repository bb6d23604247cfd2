from wildcard_table_match import filter_names, first_rule, simplify, wildcard_match


def test_literal():
    assert wildcard_match("abc", "abc")
    assert not wildcard_match("abc", "abd")


def test_question_mark():
    assert wildcard_match("cat", "c?t")
    assert not wildcard_match("ct", "c?t")


def test_star_suffix():
    assert wildcard_match("report.csv", "report.*")


def test_filter_names():
    names = ["main.py", "util.py", "README.md", "setup.cfg"]
    assert filter_names(names, "*.py") == ["main.py", "util.py"]


def test_first_rule():
    rules = [("secret_*", "deny"), ("*", "allow")]
    assert first_rule("secret_key", rules) == "deny"
    assert first_rule("notes", rules) == "allow"


def test_simplify():
    assert simplify("a**b***") == "a*b*"
