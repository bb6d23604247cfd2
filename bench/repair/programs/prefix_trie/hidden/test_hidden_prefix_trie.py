import random

from prefix_trie import PrefixTrie


def test_complete_everything_with_empty_prefix():
    words = ["b", "ab", "abc", "abd", "ba", "bac"]
    assert PrefixTrie(words).complete("") == sorted(words)


def test_complete_includes_prefix_itself():
    trie = PrefixTrie(["run", "runner", "running", "rust"])
    assert trie.complete("run") == ["run", "runner", "running"]
    assert trie.complete("runn", limit=1) == ["runner"]


def test_empty_word():
    trie = PrefixTrie([""])
    assert "" in trie
    assert len(trie) == 1
    assert trie.complete("") == [""]


def test_non_string_membership():
    assert 3 not in PrefixTrie(["3"])


def test_random_against_brute_force():
    rng = random.Random(21)
    for _ in range(80):
        words = {"".join(rng.choice("abc") for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 25))}
        trie = PrefixTrie(sorted(words))
        assert len(trie) == len(words)
        for _ in range(10):
            prefix = "".join(rng.choice("abc") for _ in range(rng.randint(0, 3)))
            expected = sorted(w for w in words if w.startswith(prefix))
            assert trie.complete(prefix) == expected
            assert trie.count_prefix(prefix) == len(expected)
            assert trie.complete(prefix, limit=2) == expected[:2]
