"""Pack whole sentences into chunks for retrieval, with sentence overlap."""

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text):
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def words(sentence):
    return len(sentence.split())


def pack_sentences(sentences, max_words, overlap=1):
    """Group sentences, in order, into chunks of at most `max_words` words.

    Every chunk after the first starts with up to `overlap` trailing sentences
    of the chunk before it, as long as they leave room for the next sentence.
    A sentence longer than `max_words` gets a chunk of its own.
    """
    chunks = []
    current = []
    used = 0
    for sentence in sentences:
        cost = words(sentence)
        if current and used + cost > max_words:
            chunks.append(current)
            carry = current[-overlap:]
            while carry and sum(words(s) for s in carry) + cost > max_words:
                carry = carry[1:]
            current = list(carry)
            used = sum(words(s) for s in carry)
        current.append(sentence)
        used += cost
    if current:
        chunks.append(current)
    return chunks


def chunk_document(text, max_words, overlap=1):
    return [" ".join(c) for c in pack_sentences(split_sentences(text), max_words, overlap)]
