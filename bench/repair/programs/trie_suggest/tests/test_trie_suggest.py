from trie_suggest import Autocomplete


def palette(*words):
    trie = Autocomplete()
    for word in words:
        trie.insert(word)
    return trie


def test_contains_and_len():
    trie = palette("help", "hello", "help")
    assert len(trie) == 2
    assert "help" in trie
    assert "hel" not in trie


def test_unknown_prefix():
    assert palette("commit").complete("zz") == []


def test_single_match():
    assert palette("help", "status").complete("hel") == ["help"]


def test_heaviest_first():
    trie = Autocomplete()
    trie.insert("commit", weight=5)
    trie.insert("checkout", weight=1)
    trie.insert("cherry-pick", weight=2)
    assert trie.complete("c") == ["commit", "cherry-pick", "checkout"]


def test_ties_alphabetical():
    trie = palette("status", "stash", "stage")
    assert trie.complete("sta") == ["stage", "stash", "status"]


def test_limit():
    trie = palette("a", "ab", "abc", "abd", "b")
    assert len(trie.complete("", limit=2)) == 2
    assert len(trie.complete("ab", limit=10)) == 3
