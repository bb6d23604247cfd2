import pytest

from aho_corasick_scan import PatternScanner


def brute(patterns, text):
    found = set()
    for p in set(patterns):
        for i in range(len(text) - len(p) + 1):
            if text.startswith(p, i):
                found.add((i, p))
    return sorted(found)


def test_nested_runs_of_one_letter():
    scanner = PatternScanner(["a", "aa", "aaa"])
    assert scanner.findall("aaaa") == brute(["a", "aa", "aaa"], "aaaa")
    assert scanner.counts("aaaa") == {"a": 4, "aa": 3, "aaa": 2}


def test_suffix_chain_reported():
    pats = ["abcd", "bcd", "cd", "d"]
    scanner = PatternScanner(pats)
    assert scanner.findall("xabcdx") == [(1, "abcd"), (2, "bcd"), (3, "cd"), (4, "d")]
    assert scanner.counts("dcd") == {"abcd": 0, "bcd": 0, "cd": 1, "d": 2}


def test_matches_brute_force_on_mixed_text():
    pats = ["ana", "nan", "banana", "an", "x", "nab"]
    text = "bananabanananab"
    assert PatternScanner(pats).findall(text) == brute(pats, text)


def test_first_prefers_earliest_end_then_longest():
    scanner = PatternScanner(["bc", "abc", "zz"])
    assert scanner.first("zabcz") == (1, "abc")
    assert PatternScanner(["q"]).first("aaq") == (2, "q")


def test_duplicate_patterns_counted_once():
    scanner = PatternScanner(["ab", "ab", "b"])
    assert scanner.counts("abab") == {"ab": 2, "b": 2}
    assert scanner.findall("ab") == [(0, "ab"), (1, "b")]


def test_finditer_order_by_end_position():
    scanner = PatternScanner(["xyz", "y", "yz"])
    assert list(scanner.finditer("xyz")) == [(1, "y"), (0, "xyz"), (1, "yz")]


def test_empty_pattern_anywhere_rejected():
    with pytest.raises(ValueError):
        PatternScanner(["", "a"])
