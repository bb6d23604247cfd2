from wordpiece_longest_match import UNK, count_tokens, tokenize, wordpiece

VOCAB = {"un", "##aff", "##able", "play", "##ing", "##s", "the", "cat", "!", "a"}


def test_whole_word_in_vocab():
    assert wordpiece("cat", VOCAB) == ["cat"]


def test_two_pieces():
    assert wordpiece("playing", VOCAB) == ["play", "##ing"]


def test_three_pieces():
    assert wordpiece("unaffable", VOCAB) == ["un", "##aff", "##able"]


def test_unknown_word():
    assert wordpiece("dog", VOCAB) == [UNK]


def test_tokenize_sentence():
    assert tokenize("The cat plays!", VOCAB) == ["the", "cat", "play", "##s", "!"]
    assert count_tokens("The cat plays!", VOCAB) == 5
