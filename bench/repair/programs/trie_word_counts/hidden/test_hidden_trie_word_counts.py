import random
from collections import Counter

from trie_word_counts import WordTrie


def _expected(counter, prefix, limit):
    rows = [(w, c) for w, c in counter.items() if c > 0 and w.startswith(prefix)]
    rows.sort(key=lambda item: (-item[1], item[0]))
    return rows[:limit]


def test_deep_words_from_root():
    trie = WordTrie()
    for word in ["internal", "internet", "interval", "internet", "in", "into"]:
        trie.add(word)
    assert trie.most_common(limit=10) == [
        ("internet", 2), ("in", 1), ("internal", 1), ("interval", 1), ("into", 1),
    ]


def test_prefix_itself_is_a_word():
    trie = WordTrie()
    trie.add("go", times=5)
    trie.add("gone", times=2)
    trie.add("goal")
    assert trie.most_common("go") == [("go", 5), ("gone", 2), ("goal", 1)]
    assert trie.most_common("gon") == [("gone", 2)]


def test_limit_and_removed_words():
    trie = WordTrie()
    for word in ["ab", "abc", "abcd", "abcd"]:
        trie.add(word)
    trie.remove("abc")
    assert trie.most_common("a", limit=1) == [("abcd", 2)]
    assert trie.most_common("abc") == [("abcd", 2)]


def test_random_against_counter():
    rng = random.Random(7)
    for _ in range(40):
        trie = WordTrie()
        counter = Counter()
        for _ in range(rng.randint(1, 25)):
            word = "".join(rng.choice("abc") for _ in range(rng.randint(0, 4)))
            if counter[word] and rng.random() < 0.3:
                assert trie.remove(word)
                counter[word] -= 1
            else:
                trie.add(word)
                counter[word] += 1
        for prefix in ["", "a", "b", "ab", "ca", "abc"]:
            assert trie.most_common(prefix, limit=5) == _expected(counter, prefix, 5)
            assert trie.count_prefix(prefix) == sum(
                c for w, c in counter.items() if w.startswith(prefix))
        assert trie.total == sum(counter.values())
