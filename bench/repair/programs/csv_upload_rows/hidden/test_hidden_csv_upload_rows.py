import pytest

from csv_upload_rows import UploadError, read_upload


def test_quoted_header_after_space():
    rows, problems = read_upload('id, "Full Name"\n1, "Lovelace, Ada"\n', required=("full name",))
    assert problems == []
    assert rows == [{"id": "1", "full name": "Lovelace, Ada"}]


def test_escaped_quotes_after_space():
    rows, _ = read_upload('k, v\nx, "say ""hi"", ok"\n')
    assert rows == [{"k": "x", "v": 'say "hi", ok'}]


def test_blank_lines_skipped_and_numbering_kept():
    rows, problems = read_upload('a, b\n\n1, "2, 3"\n , \n4, 5, 6\n7, ""\n', required=("b",))
    assert rows == [{"a": "1", "b": "2, 3"}]
    assert problems == ["line 5: expected 2 fields, got 3", "line 6: empty b"]


def test_multiline_quoted_value_after_space():
    rows, problems = read_upload('a, note\n1, "two\nlines"\n2, x\n')
    assert problems == []
    assert rows == [{"a": "1", "note": "two\nlines"}, {"a": "2", "note": "x"}]


def test_row_limit():
    with pytest.raises(UploadError):
        read_upload("a\n1\n2\n3\n", max_rows=2)
    rows, _ = read_upload("a\n1\n2\n", max_rows=2)
    assert len(rows) == 2
