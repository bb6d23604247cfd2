from wordpiece_longest_match import UNK, count_tokens, tokenize, wordpiece

VOCAB = {
    "a", "##a", "##b", "ab", "##ab", "##abc", "token", "##izer", "##iz", "##er", "##s",
    "re", "##token", "##ize", "##d", "x", ",", ".",
}


def test_longest_piece_wins():
    assert wordpiece("tokenizer", VOCAB) == ["token", "##izer"]
    assert wordpiece("tokenizers", VOCAB) == ["token", "##izer", "##s"]


def test_many_pieces():
    assert wordpiece("retokenized", VOCAB) == ["re", "##token", "##ize", "##d"]
    assert wordpiece("abababab", VOCAB) == ["ab", "##ab", "##ab", "##ab"]
    assert wordpiece("aaaa", VOCAB) == ["a", "##a", "##a", "##a"]


def test_reassembles_word():
    for word in ("abcab", "abababc", "aab", "tokenizeds"):
        pieces = wordpiece(word, VOCAB)
        if pieces != [UNK]:
            assert pieces[0] + "".join(p[2:] for p in pieces[1:]) == word


def test_partial_match_is_unknown():
    assert wordpiece("tokenq", VOCAB) == [UNK]
    assert wordpiece("req", VOCAB) == [UNK]


def test_too_long_word_unknown():
    assert wordpiece("a" * 101, VOCAB) == [UNK]
    assert len(wordpiece("a" * 100, VOCAB)) == 100


def test_tokenize_and_case():
    assert tokenize("Retokenized, tokenizers.", VOCAB) == [
        "re", "##token", "##ize", "##d", ",", "token", "##izer", "##s", ".",
    ]
    assert tokenize("X", VOCAB, lowercase=False) == [UNK]
    assert count_tokens("ab abab x", VOCAB) == 4


def test_custom_unknown_token():
    assert tokenize("zzz", VOCAB, unk="<unk>") == ["<unk>"]
