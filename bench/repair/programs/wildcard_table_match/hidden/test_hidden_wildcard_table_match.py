import fnmatch
import random

from wildcard_table_match import filter_names, first_rule, simplify, wildcard_match


def test_empty_cases():
    assert wildcard_match("", "")
    assert wildcard_match("", "***")
    assert not wildcard_match("", "?")
    assert not wildcard_match("a", "")


def test_star_in_middle_and_front():
    assert wildcard_match("abcd", "a*d")
    assert wildcard_match("adceb", "*a*b")
    assert not wildcard_match("acdcb", "a*c?b")
    assert wildcard_match("x", "*")
    assert wildcard_match("ab", "a*b*")


def test_against_fnmatch():
    rng = random.Random(13)
    for _ in range(500):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 7)))
        pattern = "".join(rng.choice("ab?*") for _ in range(rng.randint(0, 5)))
        expected = fnmatch.fnmatchcase(text, pattern)
        assert wildcard_match(text, pattern) == expected, (text, pattern)


def test_simplify_keeps_meaning():
    assert simplify("") == ""
    assert simplify("**") == "*"
    assert simplify("?*?") == "?*?"
    for text in ("", "a", "ab", "ba"):
        assert wildcard_match(text, "a**") == wildcard_match(text, simplify("a**"))


def test_rules_and_filter():
    assert first_rule("x", [], default="none") == "none"
    assert first_rule("tmp/a.log", [("*.txt", 1), ("tmp/*", 2)]) == 2
    assert filter_names(["a", "ab", "abc"], "a?") == ["ab"]
