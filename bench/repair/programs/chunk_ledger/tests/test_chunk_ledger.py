import pytest

from chunk_ledger import ChunkLedger


def test_split_with_overlap():
    ledger = ChunkLedger(chunk_size=4, overlap=1)
    assert ledger.split("abcdefghij") == ["abcd", "defg", "ghij"]
    assert ledger.split("abc") == ["abc"]


def test_bad_overlap_rejected():
    with pytest.raises(ValueError):
        ChunkLedger(chunk_size=10, overlap=10)


def test_index_assigns_ids():
    ledger = ChunkLedger(chunk_size=4, overlap=0)
    chunks, stale = ledger.index("readme", "abcdefgh")
    assert [c.chunk_id for c in chunks] == ["readme#0", "readme#1"]
    assert stale == []


def test_reindex_shorter_document_reports_stale_ids():
    ledger = ChunkLedger(chunk_size=4, overlap=0)
    ledger.index("notes", "abcdefghijkl")
    chunks, stale = ledger.index("notes", "abcd")
    assert [c.text for c in chunks] == ["abcd"]
    assert stale == ["notes#1", "notes#2"]


def test_remove():
    ledger = ChunkLedger(chunk_size=4, overlap=0)
    ledger.index("a", "12345678")
    assert ledger.remove("a") == ["a#0", "a#1"]
    assert len(ledger) == 0


def test_first_page():
    ledger = ChunkLedger(chunk_size=2, overlap=0)
    ledger.index("b", "bbbb")
    ledger.index("a", "aaaaaa")
    assert [c.chunk_id for c in ledger.page(1, 2)] == ["a#0", "a#1"]
    assert ledger.page_count(2) == 3
