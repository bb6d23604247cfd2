import random

import pytest

from line_chunker import Chunk, approx_tokens, chunk_lines, total_tokens


def _check_invariants(source, chunks, max_tokens):
    lines = source.splitlines()
    for chunk in chunks:
        body = lines[chunk.first_line - 1:chunk.last_line]
        assert chunk.text == "\n".join(body)
        assert chunk.tokens == sum(approx_tokens(line) for line in body)
        assert chunk.tokens <= max_tokens or chunk.first_line == chunk.last_line
    if lines:
        assert chunks[0].first_line == 1 and chunks[-1].last_line == len(lines)


def test_greedy_packing_with_varied_lines():
    source = "a\n" + "b" * 20 + "\ncc\n" + "d" * 12 + "\ne"
    # costs: 1, 5, 1, 3, 1
    chunks = chunk_lines(source, max_tokens=6)
    assert [(c.first_line, c.last_line, c.tokens) for c in chunks] == [
        (1, 2, 6), (3, 5, 5)]


def test_oversized_line_gets_its_own_chunk():
    source = "x = 1\n" + "y" * 80 + "\nz = 2"
    chunks = chunk_lines(source, max_tokens=5)
    assert [(c.first_line, c.last_line) for c in chunks] == [(1, 1), (2, 2), (3, 3)]
    assert chunks[1].tokens == 20


def test_first_line_long_then_short_lines():
    source = "#" * 16 + "\na\nb\nc\nd\ne"
    # costs: 4, 1, 1, 1, 1, 1
    chunks = chunk_lines(source, max_tokens=5)
    assert [(c.first_line, c.last_line) for c in chunks] == [(1, 2), (3, 6)]


def test_overlap_keeps_line_numbers_consistent():
    source = "\n".join(f"item_{i:02d}" for i in range(9))  # 2 tokens per line
    chunks = chunk_lines(source, max_tokens=6, overlap=2)
    assert [(c.first_line, c.last_line) for c in chunks] == [
        (1, 3), (2, 4), (3, 5), (4, 6), (5, 7), (6, 8), (7, 9)]


def test_random_sources_keep_invariants():
    rng = random.Random(31)
    for _ in range(150):
        lines = ["z" * rng.randint(0, 30) for _ in range(rng.randint(1, 25))]
        source = "\n".join(lines)
        max_tokens = rng.randint(1, 12)
        chunks = chunk_lines(source, max_tokens=max_tokens, overlap=rng.randint(0, 3))
        _check_invariants(source, chunks, max_tokens)


def test_without_overlap_every_token_counted_once():
    source = "\n".join("w" * (i % 7) for i in range(40))
    chunks = chunk_lines(source, max_tokens=7)
    assert total_tokens(chunks) == sum(approx_tokens(line) for line in source.splitlines())
    assert all(b.first_line == a.last_line + 1 for a, b in zip(chunks, chunks[1:]))


def test_negative_overlap_rejected():
    with pytest.raises(ValueError):
        chunk_lines("x", max_tokens=3, overlap=-1)


def test_single_line():
    assert chunk_lines("hello", max_tokens=2) == [Chunk(1, 1, "hello", 2)]
