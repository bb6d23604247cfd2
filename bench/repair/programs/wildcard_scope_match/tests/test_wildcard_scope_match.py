from wildcard_scope_match import first_match, matching, wildcard_match


def test_literal():
    assert wildcard_match("repo:read", "repo:read")
    assert not wildcard_match("repo:read", "repo:write")


def test_question_mark():
    assert wildcard_match("v?", "v1")
    assert not wildcard_match("v?", "v10")


def test_empty_and_star_only():
    assert wildcard_match("", "")
    assert wildcard_match("*", "")
    assert not wildcard_match("", "a")


def test_star_in_scope():
    assert wildcard_match("repo:*:read", "repo:selfpatch:read")
    assert not wildcard_match("repo:*:read", "repo:selfpatch:write")


def test_first_match():
    patterns = ["admin:*", "repo:*", "*"]
    assert first_match(patterns, "repo:x") == "repo:*"
    assert first_match(["a?"], "abc") is None
