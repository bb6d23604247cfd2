"""A small WordPiece-style tokenizer for counting prompt tokens offline.

Words are split greedily into the longest pieces found in the vocabulary;
pieces after the first carry the "##" continuation prefix. A word that
cannot be split completely becomes a single unknown token.
"""

import re

UNK = "[UNK]"
_WORDS = re.compile(r"\w+|[^\w\s]")


def wordpiece(word, vocab, unk=UNK, max_chars=100):
    if len(word) > max_chars:
        return [unk]
    pieces = []
    start = 0
    while start < len(word):
        end = len(word)
        piece = None
        while start < end:
            candidate = word[start:end]
            if start > 0:
                candidate = "##" + candidate
            if candidate in vocab:
                piece = candidate
                break
            end -= 1
        if piece is None:
            return [unk]
        pieces.append(piece)
        start += end
    return pieces


def tokenize(text, vocab, unk=UNK, lowercase=True):
    if lowercase:
        text = text.lower()
    tokens = []
    for word in _WORDS.findall(text):
        tokens.extend(wordpiece(word, vocab, unk))
    return tokens


def count_tokens(text, vocab):
    return len(tokenize(text, vocab))
