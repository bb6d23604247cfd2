"""Suffix array and LCP array of a string, and the queries they answer."""


def suffix_array(text: str) -> list[int]:
    """Start positions of the suffixes of text, in sorted order of the suffixes."""
    return sorted(range(len(text)), key=lambda start: text[start:])


def lcp_array(text: str, suffixes: list[int]) -> list[int]:
    """lcp[r]: length of the common prefix of the suffixes ranked r - 1 and r; lcp[0] = 0.

    Kasai's algorithm: taking suffixes in text order, the match length drops by at
    most one from one suffix to the next, so the total work is linear.
    """
    size = len(text)
    rank = [0] * size
    for position, start in enumerate(suffixes):
        rank[start] = position
    lcp = [0] * size
    matched = 0
    for start in range(size):
        if rank[start] == 0:
            matched = 0
            continue
        other = suffixes[rank[start] - 1]
        while (start + matched < size and other + matched < size
               and text[start + matched] == text[other + matched]):
            matched += 1
        lcp[rank[start]] = matched
    return lcp


def longest_repeated_substring(text: str) -> str:
    """Longest substring occurring at least twice (occurrences may overlap)."""
    if not text:
        return ""
    suffixes = suffix_array(text)
    lcp = lcp_array(text, suffixes)
    best = max(range(len(lcp)), key=lcp.__getitem__)
    return text[suffixes[best]:suffixes[best] + lcp[best]]


def distinct_substring_count(text: str) -> int:
    """Number of distinct non-empty substrings of text."""
    size = len(text)
    return size * (size + 1) // 2 - sum(lcp_array(text, suffix_array(text)))


def longest_common_prefix(words: list[str]) -> str:
    """Longest prefix shared by all words ('' for no words)."""
    if not words:
        return ""
    first, last = min(words), max(words)
    length = 0
    while length < min(len(first), len(last)) and first[length] == last[length]:
        length += 1
    return first[:length]
