from anagram_groups import group_anagrams, is_anagram, largest_group


def test_same_word_different_case():
    assert is_anagram("Listen", "listen")


def test_rearranged_letters():
    assert is_anagram("listen", "silent")
    assert not is_anagram("listen", "lists")


def test_phrases_ignore_spaces_and_punctuation():
    assert is_anagram("Dormitory", "dirty room!")


def test_groups_keep_first_appearance_order():
    words = ["eat", "tea", "tan", "ate", "nat", "bat"]
    assert group_anagrams(words) == [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]


def test_no_anagrams_at_all():
    assert group_anagrams(["one", "two", "three"]) == [["one"], ["two"], ["three"]]
    assert largest_group([]) == []
