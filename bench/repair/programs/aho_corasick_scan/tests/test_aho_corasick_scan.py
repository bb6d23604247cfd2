import pytest

from aho_corasick_scan import PatternScanner


def test_single_pattern_positions():
    scanner = PatternScanner(["ab"])
    assert scanner.findall("xabab") == [(1, "ab"), (3, "ab")]


def test_classic_dictionary():
    scanner = PatternScanner(["he", "she", "his", "hers"])
    assert scanner.findall("ushers") == [(1, "she"), (2, "he"), (2, "hers")]


def test_counts_of_separate_words():
    scanner = PatternScanner(["cat", "dog"])
    assert scanner.counts("catdogcat") == {"cat": 2, "dog": 1}


def test_no_match_gives_none():
    scanner = PatternScanner(["needle"])
    assert scanner.first("haystack") is None
    assert scanner.findall("haystack") == []


def test_empty_pattern_rejected():
    with pytest.raises(ValueError):
        PatternScanner(["ok", ""])
