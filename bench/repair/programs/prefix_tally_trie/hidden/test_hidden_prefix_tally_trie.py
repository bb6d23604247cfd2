import random
from collections import Counter

from prefix_tally_trie import PrefixTrie


def test_remove_missing_branch_returns_false():
    trie = PrefixTrie(["apple", "apply"])
    assert trie.remove("banana") is False
    assert trie.remove("applesauce") is False
    assert trie.count_prefix("appl") == 2
    assert len(trie) == 2


def test_remove_stored_prefix_only_word_is_noop():
    trie = PrefixTrie(["cart", "care"])
    assert trie.remove("car") is False
    assert trie.remove("") is False
    assert trie.count_prefix("car") == 2
    assert trie.count("car") == 0
    assert len(trie) == 2
    assert trie.words() == ["care", "cart"]


def test_remove_twice_only_removes_stored_occurrences():
    trie = PrefixTrie(["ab", "ab", "abc"])
    assert trie.remove("ab") is True
    assert trie.remove("ab") is True
    assert trie.remove("ab") is False
    assert trie.count("ab") == 0
    assert trie.count_prefix("ab") == 1
    assert trie.words("a") == ["abc"]


def test_empty_word_can_be_stored_and_removed():
    trie = PrefixTrie(["", "a"])
    assert trie.count("") == 1
    assert trie.remove("") is True
    assert trie.remove("") is False
    assert len(trie) == 1
    assert trie.words() == ["a"]


def test_random_operations_match_counter():
    rng = random.Random(2323)
    alphabet = "abc"
    trie = PrefixTrie()
    bag = Counter()
    for _ in range(600):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        if rng.random() < 0.55:
            trie.add(word)
            bag[word] += 1
        else:
            assert trie.remove(word) is (bag[word] > 0)
            if bag[word]:
                bag[word] -= 1
        assert len(trie) == sum(bag.values())
    for prefix in ["", "a", "ab", "ba", "cc", "abc"]:
        expected = sum(c for w, c in bag.items() if w.startswith(prefix))
        assert trie.count_prefix(prefix) == expected
    assert trie.words() == sorted(bag.elements())
