import random

from trie_suggest import Autocomplete


def _expected(weights, prefix, limit):
    matches = [(-w, word) for word, w in weights.items() if word.startswith(prefix)]
    return [word for _, word in sorted(matches)[:limit]]


def test_random_vocabularies_against_sorting():
    rng = random.Random(21)
    for _ in range(60):
        trie = Autocomplete()
        weights = {}
        for _ in range(rng.randint(1, 25)):
            word = "".join(rng.choice("abc") for _ in range(rng.randint(1, 5)))
            weight = rng.randint(1, 4)
            trie.insert(word, weight)
            weights[word] = weights.get(word, 0) + weight
        assert len(trie) == len(weights)
        for prefix in ("", "a", "b", "ab", "ca", "abc"):
            limit = rng.randint(1, 8)
            assert trie.complete(prefix, limit) == _expected(weights, prefix, limit), prefix


def test_weights_accumulate():
    trie = Autocomplete()
    for word in ("deploy", "delete", "describe"):
        trie.insert(word)
    trie.insert("describe")
    trie.insert("describe")
    trie.insert("deploy")
    assert trie.complete("de") == ["describe", "deploy", "delete"]


def test_prefix_that_is_a_word_comes_with_its_extensions():
    trie = Autocomplete()
    for word in ("runs", "run", "rune", "runner"):
        trie.insert(word)
    assert trie.complete("run") == ["run", "rune", "runner", "runs"]
    assert trie.complete("run", limit=0) == []


def test_inserted_in_reverse_order():
    trie = Autocomplete()
    for word in ("zeta", "yank", "xray", "wait", "view"):
        trie.insert(word)
    assert trie.complete("", limit=3) == ["view", "wait", "xray"]
