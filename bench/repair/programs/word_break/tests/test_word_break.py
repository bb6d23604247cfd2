from word_break import can_segment, count_segmentations, segment

WORDS = {"apple", "pen", "pine", "pineapple", "cats", "cat", "and", "sand", "dog"}


def test_simple_split():
    assert segment("applepenapple", WORDS) == ["apple", "pen", "apple"]


def test_no_split_possible():
    assert segment("catsandog", WORDS) is None
    assert not can_segment("catsandog", WORDS)


def test_empty_text():
    assert segment("", WORDS) == []


def test_count_segmentations():
    assert count_segmentations("catsanddog", WORDS) == 2
    assert count_segmentations("pineapplepenapple", WORDS) == 2
