from trie_word_counts import WordTrie


def make_trie():
    trie = WordTrie()
    for word in ["car", "cart", "car", "cat", "dog", "car", "cat"]:
        trie.add(word)
    return trie


def test_word_counts():
    trie = make_trie()
    assert trie.count("car") == 3
    assert trie.count("cat") == 2
    assert trie.count("ca") == 0
    assert trie.count("cow") == 0


def test_prefix_counts():
    trie = make_trie()
    assert trie.count_prefix("ca") == 6
    assert trie.count_prefix("car") == 4
    assert trie.count_prefix("") == 7
    assert trie.count_prefix("x") == 0


def test_add_with_times():
    trie = WordTrie()
    trie.add("hello", times=4)
    assert trie.count("hello") == 4
    assert trie.total == 4


def test_remove():
    trie = make_trie()
    assert trie.remove("cart")
    assert trie.count("cart") == 0
    assert trie.count_prefix("car") == 3
    assert not trie.remove("cart")
    assert trie.total == 6


def test_most_common_under_prefix():
    trie = make_trie()
    assert trie.most_common("ca") == [("car", 3), ("cat", 2), ("cart", 1)]


def test_most_common_unknown_prefix():
    assert make_trie().most_common("zz") == []
