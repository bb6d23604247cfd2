"""Splitting source files into token-bounded, overlapping chunks of whole lines for retrieval."""

from __future__ import annotations

import math
from dataclasses import dataclass


def approx_tokens(text: str) -> int:
    """Rough token count: one token per four characters, ignoring surrounding whitespace."""
    return math.ceil(len(text.strip()) / 4)


@dataclass(frozen=True)
class Chunk:
    first_line: int  # 1-based, inclusive
    last_line: int  # 1-based, inclusive
    text: str
    tokens: int


def chunk_lines(source: str, max_tokens: int, overlap: int = 0) -> list[Chunk]:
    """Greedy chunks of whole lines, each within max_tokens.

    A line longer than max_tokens becomes a chunk of its own. Each chunk after the first
    repeats up to `overlap` lines from the end of the previous one, but always moves forward.
    """
    if max_tokens < 1 or overlap < 0:
        raise ValueError("max_tokens must be positive and overlap non-negative")
    lines = source.splitlines()
    costs = [approx_tokens(line) for line in lines]
    chunks: list[Chunk] = []
    start = 0
    while start < len(lines):
        end = start
        used = 0
        while end < len(lines) and (end == start or used + costs[start] <= max_tokens):
            used += costs[end]
            end += 1
        chunks.append(Chunk(start, end, "\n".join(lines[start:end]), used))
        if end == len(lines):
            break
        start = max(end - overlap, start + 1)
    return chunks


def total_tokens(chunks: list[Chunk]) -> int:
    return sum(chunk.tokens for chunk in chunks)
