from prefix_tally_trie import PrefixTrie


def test_prefix_counts():
    trie = PrefixTrie(["car", "cart", "care", "dog"])
    assert trie.count_prefix("car") == 3
    assert trie.count_prefix("ca") == 3
    assert trie.count_prefix("d") == 1
    assert trie.count_prefix("x") == 0
    assert len(trie) == 4


def test_repeated_words_are_counted():
    trie = PrefixTrie(["tea", "tea", "ten"])
    assert trie.count("tea") == 2
    assert trie.count("te") == 0
    assert trie.count_prefix("te") == 3


def test_remove_word():
    trie = PrefixTrie(["car", "cart", "dog"])
    assert trie.remove("cart") is True
    assert trie.count_prefix("car") == 1
    assert trie.words() == ["car", "dog"]


def test_remove_unknown_word():
    trie = PrefixTrie(["car", "dog"])
    assert trie.remove("cat") is False
    assert len(trie) == 2
    assert trie.words() == ["car", "dog"]


def test_words_with_prefix():
    trie = PrefixTrie(["inn", "in", "tea", "ted", "to", "ten"])
    assert trie.words("te") == ["tea", "ted", "ten"]
    assert trie.words("z") == []
