import pytest

from suffix_strip_stemmer import MIN_STEM, stem, stem_tokens


@pytest.mark.parametrize("word,expected", [
    ("cats", "cat"),
    ("dogs", "dog"),
    ("fixed", "fix"),
    ("hopped", "hop"),
    ("sadly", "sad"),
    ("rotational", "rotate"),
    ("carefulness", "careful"),
    ("organization", "organize"),
    ("statement", "stat"),
    ("kindness", "kind"),
    ("amazingly", "amaz"),
    ("glass", "glass"),
    ("class", "class"),
    ("parties", "party"),
])
def test_stems_at_and_above_min_length(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize("word", ["used", "sing", "bed", "us", "ties", "ring", "ply", "pass", "national", "a", ""])
def test_too_short_stems_keep_the_word(word):
    assert stem(word) == word


def test_case_folded():
    assert stem("Cats") == "cat"
    assert stem("RELATIONAL") == "relate"


def test_no_undoubling_for_l_or_s_or_after_other_suffix():
    assert stem("falling") == "fall"
    assert stem("passing") == "pass"
    assert stem("fitness") == "fit"


def test_min_stem_constant():
    assert MIN_STEM == 3


def test_stem_tokens_mixed():
    assert stem_tokens("Cats and dogs, fixed by a vet in 2024") == ["cat", "dog", "fix", "vet", "2024"]
    assert stem_tokens("") == []
    assert stem_tokens("the and of") == []
