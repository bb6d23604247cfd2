from path_rule_trie import PathRuleTrie


def test_intermediate_nodes_without_rules_keep_decision():
    t = PathRuleTrie(default=True)
    t.add("/srv/data/private", False)
    t.add("/srv/data/private/shared/public", True)
    assert t.decide("/srv") is True
    assert t.decide("/srv/data") is True
    assert t.decide("/srv/data/private/x") is False
    assert t.decide("/srv/data/private/shared") is False
    assert t.decide("/srv/data/private/shared/public/a.txt") is True


def test_whole_components_only():
    t = PathRuleTrie()
    t.add("/home/agent", True)
    assert t.decide("/home/agent/notes.md") is True
    assert t.decide("/home/agent2/notes.md") is False
    assert t.decide("/home") is False


def test_root_rule_and_normalisation():
    t = PathRuleTrie(default=False)
    t.add("/", True)
    t.add("/proc", False)
    assert t.decide("/usr/bin/python") is True
    assert t.decide("/proc/1/environ") is False
    assert t.decide("/usr/../proc/self") is False
    assert t.decide("usr//lib/./x") is True


def test_later_rule_overrides_same_prefix():
    t = PathRuleTrie()
    t.add("/tmp", True)
    t.add("/tmp/", False)
    assert t.decide("/tmp/file") is False
    assert t.rules() == [("/tmp", False)]


def test_rules_include_root():
    t = PathRuleTrie()
    t.add("/", False)
    t.add("/a/b", True)
    assert t.rules() == [("/", False), ("/a/b", True)]
