"""Find phrases that are anagrams of each other ("Dormitory" / "dirty room!")."""

from collections.abc import Iterable, Iterator


def anagram_key(phrase: str) -> str:
    """The phrase's letters and digits, case-folded and sorted; spaces and punctuation dropped."""
    return "".join(sorted(ch for ch in phrase.casefold() if ch.isalnum()))


def group_anagrams(phrases: Iterable[str]) -> list[list[str]]:
    """Phrases grouped by anagram key, groups and members in first-seen order.

    Phrases without any letter or digit belong to no group.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        key = anagram_key(phrase)
        if key:
            groups.setdefault(key, []).append(phrase)
    return list(groups.values())


def anagram_pairs(phrases: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each pair (earlier, later) of input phrases that are anagrams of each other."""
    for group in group_anagrams(phrases):
        for index, first in enumerate(group):
            for second in group[index:]:
                yield first, second


def largest_groups(phrases: Iterable[str], limit: int) -> list[list[str]]:
    """The `limit` biggest groups with at least two members, biggest first (ties: first seen)."""
    groups = [group for group in group_anagrams(phrases) if len(group) > 1]
    groups.sort(key=len, reverse=True)
    return groups[:limit]
