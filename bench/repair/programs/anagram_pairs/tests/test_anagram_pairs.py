from anagram_pairs import anagram_key, anagram_pairs, group_anagrams, largest_groups


def test_key_ignores_case_spaces_and_punctuation():
    assert anagram_key("Dormitory") == anagram_key("dirty room!")
    assert anagram_key("Listen") == "eilnst"


def test_group_anagrams_in_first_seen_order():
    words = ["listen", "google", "Silent", "enlist", "gogole", "cat"]
    assert group_anagrams(words) == [
        ["listen", "Silent", "enlist"],
        ["google", "gogole"],
        ["cat"],
    ]


def test_phrases_without_letters_are_skipped():
    assert group_anagrams(["", "!!", " - "]) == []


def test_pairs_of_anagrams():
    words = ["evil", "vile", "live", "dog"]
    assert list(anagram_pairs(words)) == [("evil", "vile"), ("evil", "live"), ("vile", "live")]


def test_largest_groups():
    words = ["ab", "ba", "abc", "cab", "bca", "x", "y"]
    assert largest_groups(words, 1) == [["abc", "cab", "bca"]]
    assert largest_groups(words, 5) == [["abc", "cab", "bca"], ["ab", "ba"]]
