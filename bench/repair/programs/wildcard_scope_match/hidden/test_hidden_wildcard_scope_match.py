import fnmatch
import itertools

from wildcard_scope_match import first_match, matching, wildcard_match


def reference(pattern, text):
    # fnmatch treats '[' specially; the alphabet below never contains it
    return fnmatch.fnmatchcase(text, pattern)


def test_agrees_with_fnmatch_on_small_inputs():
    alphabet = "ab"
    texts = [""] + ["".join(t) for n in range(1, 5) for t in itertools.product(alphabet, repeat=n)]
    pats = [""] + ["".join(p) for n in range(1, 4) for p in itertools.product("ab*?", repeat=n)]
    for pattern in pats:
        for text in texts:
            assert wildcard_match(pattern, text) == reference(pattern, text), (pattern, text)


def test_long_star_runs():
    assert wildcard_match("tool.*", "tool.search_web_and_summarise")
    assert wildcard_match("*.*.*", "a.b.c.d")
    assert wildcard_match("**x**", "abcxdef")
    assert not wildcard_match("*x*y", "xyz")
    assert wildcard_match("org:*:team:*", "org:acme:team:infra-oncall")


def test_matching_filters():
    names = ["fs.read", "fs.read_many", "fs.write", "net.fetch"]
    assert matching("fs.read*", names) == ["fs.read", "fs.read_many"]
    assert matching("*.?????", names) == ["fs.write", "net.fetch"]
    assert first_match(["net.*x", "*fetch"], "net.fetch") == "*fetch"
