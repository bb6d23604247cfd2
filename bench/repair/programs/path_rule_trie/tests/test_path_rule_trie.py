from path_rule_trie import PathRuleTrie


def make():
    t = PathRuleTrie()
    t.add("/workspace", True)
    t.add("/workspace/.git", False)
    t.add("/workspace/.git/hooks/README", True)
    return t


def test_default_when_no_rule_matches():
    t = make()
    assert t.decide("/etc/passwd") is False
    assert PathRuleTrie(default=True).decide("/etc/passwd") is True


def test_exact_rule_prefix():
    t = make()
    assert t.decide("/workspace") is True
    assert t.decide("/workspace/.git") is False


def test_deeper_paths_inherit_nearest_rule():
    t = make()
    assert t.decide("/workspace/src/main.py") is True
    assert t.decide("/workspace/.git/objects/ab/cdef") is False


def test_rules_listing():
    t = make()
    assert t.rules() == [
        ("/workspace", True),
        ("/workspace/.git", False),
        ("/workspace/.git/hooks/README", True),
    ]
