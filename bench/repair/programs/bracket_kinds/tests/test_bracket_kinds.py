from bracket_kinds import BracketError, first_error, is_balanced


def test_plain_parentheses():
    assert is_balanced("(a + b) * (c - d)")


def test_nested_kinds():
    assert is_balanced("f(x[0], {'k': [1, 2]})")


def test_mismatch_reported_at_the_closer():
    assert first_error("(a]") == BracketError("mismatch", 2, "]")


def test_closer_without_opener():
    assert first_error("a)b") == BracketError("unexpected", 1, ")")


def test_unclosed_opener():
    assert first_error("((x)") == BracketError("unclosed", 0, "(")


def test_brackets_inside_strings_ignored():
    assert is_balanced('print(")", "((")')


def test_custom_pairs():
    assert is_balanced("<<a>>", pairs="<>")
    assert not is_balanced("<a", pairs="<>")
