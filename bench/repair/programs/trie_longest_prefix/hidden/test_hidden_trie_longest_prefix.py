import random

from trie_longest_prefix import PrefixTable


def test_exact_match_reports_whole_text():
    table = PrefixTable()
    table.insert("44", "UK")
    table.insert("441", "UK-landline")
    assert table.longest_match("441") == ("441", "UK-landline")
    assert table.longest_match("4420") == ("44", "UK")


def test_single_character_prefix():
    table = PrefixTable()
    table.insert("1", "NANP")
    assert table.longest_match("1212555") == ("1", "NANP")
    assert table.longest_match("2") is None


def test_empty_prefix_is_a_catch_all():
    table = PrefixTable()
    table.insert("", "default")
    table.insert("ab", "ab")
    assert table.longest_match("xyz") == ("", "default")
    assert table.longest_match("abc") == ("ab", "ab")
    assert table.longest_match("") == ("", "default")


def test_falsy_values_are_matches():
    table = PrefixTable()
    table.insert("a", 0)
    table.insert("ab", None)
    assert table.longest_match("abc") == ("ab", None)
    assert table.longest_match("ax") == ("a", 0)
    assert table.lookup("ax", default=5) == 0


def test_reinsert_does_not_grow_and_updates_value():
    table = PrefixTable()
    table.insert("x", 1)
    table.insert("x", 2)
    assert len(table) == 1
    assert table.longest_match("xy") == ("x", 2)


def test_remove_inner_node_keeps_longer_prefixes():
    table = PrefixTable()
    table.insert("ab", 1)
    table.insert("abcd", 2)
    assert table.remove("abc") is False
    assert table.remove("ab") is True
    assert table.longest_match("abcde") == ("abcd", 2)
    assert table.longest_match("abc") is None


def test_random_against_naive():
    rng = random.Random(2700)
    for _ in range(50):
        stored = {}
        table = PrefixTable()
        for _ in range(rng.randint(1, 15)):
            key = "".join(rng.choice("ab") for _ in range(rng.randint(1, 5)))
            stored[key] = rng.randint(0, 9)
            table.insert(key, stored[key])
        for _ in range(30):
            text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 7)))
            hits = [k for k in stored if text.startswith(k)]
            expected = None
            if hits:
                best = max(hits, key=len)
                expected = (best, stored[best])
            assert table.longest_match(text) == expected
