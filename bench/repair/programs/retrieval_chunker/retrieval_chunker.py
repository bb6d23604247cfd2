"""Splits documents into overlapping word windows for a retrieval (RAG) index."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    index: int
    text: str
    start: int  # character offsets of the chunk in the original document
    end: int


def chunk_text(doc_id: str, text: str, settings: Mapping[str, int] | None = None) -> list[Chunk]:
    """Windows of `chunk_size` words; consecutive windows may share some words."""
    settings = settings or {}
    size = settings.get("chunk_size", 200)
    overlap = settings.get("overlap", 0)
    if size <= 0 or not 0 <= overlap < size:
        raise ValueError(f"bad chunking settings: size={size} overlap={overlap}")
    spans = [match.span() for match in WORD.finditer(text)]
    chunks: list[Chunk] = []
    first = 0
    while first < len(spans):
        window = spans[first:first + size]
        start, end = window[0][0], window[-1][1]
        chunks.append(Chunk(doc_id, len(chunks), text[start:end], start, end))
        if first + size >= len(spans):
            break
        first += size - overlap
    return chunks


def chunk_documents(
    documents: Iterable[Mapping[str, Any]], settings: Mapping[str, int] | None = None
) -> list[Chunk]:
    """Chunks of every document with non-blank text, in document order."""
    chunks: list[Chunk] = []
    for document in documents:
        text = document.get("text") or ""
        if text.strip():
            chunks += chunk_text(str(document["id"]), text, settings)
    return chunks
