"""Grouping words and phrases that are anagrams of each other."""

from collections.abc import Iterable

Key = tuple[str, ...]


def anagram_key(phrase: str) -> Key:
    """Letters of the phrase, ignoring case, spaces and punctuation."""
    letters = [char for char in phrase.casefold() if char.isalnum()]
    return tuple(letters)


def is_anagram(first: str, second: str) -> bool:
    return anagram_key(first) == anagram_key(second)


def group_anagrams(words: Iterable[str]) -> list[list[str]]:
    """Groups in order of first appearance; words keep their input order inside a group."""
    groups: dict[Key, list[str]] = {}
    for word in words:
        groups.setdefault(anagram_key(word), []).append(word)
    return list(groups.values())


def largest_group(words: Iterable[str]) -> list[str]:
    """The biggest anagram group (the earliest one on ties), or [] for no words."""
    best: list[str] = []
    for group in group_anagrams(words):
        if len(group) > len(best):
            best = group
    return best
