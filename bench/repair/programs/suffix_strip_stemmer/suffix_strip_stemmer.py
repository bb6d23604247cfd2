"""A small rule-based suffix stripper for search terms.

The longest matching suffix decides. If stripping it would leave a stem shorter
than MIN_STEM characters, the word is kept as it is.
"""
import re

MIN_STEM = 3

RULES = [
    ("ational", "ate"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ization", "ize"),
    ("ingly", ""),
    ("ement", ""),
    ("ness", ""),
    ("ies", "y"),
    ("ing", ""),
    ("ed", ""),
    ("ly", ""),
    ("ss", "ss"),
    ("s", ""),
]

STOP_WORDS = frozenset("a an and are as at be by for in is it of on or the to was with".split())

_UNDOUBLE = frozenset("bdgmnprt")


def stem(word):
    word = word.lower()
    for suffix, replacement in sorted(RULES, key=lambda rule: -len(rule[0])):
        if not word.endswith(suffix):
            continue
        base = word[: len(word) - len(suffix)]
        if len(base) > MIN_STEM:
            if suffix in ("ing", "ed") and base[-1] == base[-2] and base[-1] in _UNDOUBLE:
                base = base[:-1]
            return base + replacement
        return word
    return word


def stem_tokens(text):
    """Lower-case word tokens of text, stop words dropped, each stemmed."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return [stem(token) for token in tokens if token not in STOP_WORDS]
