"""Split a document into overlapping word windows for a retrieval index.

Each chunk keeps the character offsets of its first and last word so that a
hit can be highlighted in the original document.
"""

import re
from dataclasses import dataclass

WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int
    text: str


def chunk_words(text, size=120, overlap=20):
    """Windows of `size` words; consecutive windows share `overlap` words."""
    if size <= 0:
        raise ValueError("size must be positive")
    if not 0 <= overlap < size:
        raise ValueError("overlap must be at least 0 and smaller than size")
    spans = [m.span() for m in WORD.finditer(text)]
    if not spans:
        return []
    step = size - overlap
    chunks = []
    for first in range(0, max(len(spans), 1), step):
        window = spans[first:first + size]
        start, end = window[0][0], window[-1][1]
        chunks.append(Chunk(len(chunks), start, end, text[start:end]))
    return chunks


def chunk_documents(docs, size=120, overlap=20):
    """Chunk several documents; yields (doc_id, Chunk) pairs in document order."""
    for doc_id, text in docs.items():
        for chunk in chunk_words(text, size=size, overlap=overlap):
            yield doc_id, chunk
