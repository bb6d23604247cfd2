import pytest

from line_chunker import Chunk, approx_tokens, chunk_lines


def test_approx_tokens():
    assert approx_tokens("") == 0
    assert approx_tokens("abcd") == 1
    assert approx_tokens("    return value\n") == 3


def test_empty_source():
    assert chunk_lines("", max_tokens=10) == []


def test_small_file_is_one_chunk():
    source = "import os\nprint(os.sep)\n"
    assert chunk_lines(source, max_tokens=100) == [Chunk(1, 2, "import os\nprint(os.sep)", 7)]


def test_line_numbers_cover_the_file():
    source = "\n".join(f"x{i} = {i}" for i in range(10))  # 2 tokens per line
    chunks = chunk_lines(source, max_tokens=6)
    assert [(c.first_line, c.last_line) for c in chunks] == [(1, 3), (4, 6), (7, 9), (10, 10)]


def test_chunks_respect_the_budget_with_uneven_lines():
    source = "def f():\n    x = 1\n    return compute_the_answer(x, y)\n\nf()\n"
    for chunk in chunk_lines(source, max_tokens=10):
        assert chunk.tokens <= 10


def test_overlap_repeats_lines():
    source = "\n".join(f"line{i}" for i in range(6))  # 2 tokens per line
    chunks = chunk_lines(source, max_tokens=6, overlap=1)
    assert [c.text.splitlines()[0] for c in chunks] == ["line0", "line2", "line4"]


def test_bad_arguments():
    with pytest.raises(ValueError):
        chunk_lines("x", max_tokens=0)
