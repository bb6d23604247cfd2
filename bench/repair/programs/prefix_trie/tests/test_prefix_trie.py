from prefix_trie import PrefixTrie


def make():
    return PrefixTrie(["git", "grep", "gzip", "go", "gofmt", "ls"])


def test_membership():
    trie = make()
    assert "grep" in trie
    assert "gre" not in trie
    assert "gofmt" in trie


def test_duplicates_are_not_counted_twice():
    trie = make()
    assert trie.insert("ls") is False
    assert trie.insert("less") is True
    assert len(trie) == 7


def test_count_prefix():
    trie = make()
    assert trie.count_prefix("g") == 5
    assert trie.count_prefix("go") == 2
    assert trie.count_prefix("x") == 0


def test_complete_one_letter_away():
    trie = PrefixTrie(["cat", "car", "cap", "dog"])
    assert trie.complete("ca") == ["cap", "car", "cat"]


def test_complete_commands():
    trie = make()
    assert trie.complete("g") == ["git", "go", "gofmt", "grep", "gzip"]
    assert trie.complete("g", limit=2) == ["git", "go"]


def test_complete_unknown_prefix():
    assert make().complete("zz") == []
