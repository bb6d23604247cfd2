from chunk_ledger import ChunkLedger


def _ledger():
    ledger = ChunkLedger(chunk_size=3, overlap=0)
    ledger.index("zeta", "z" * 7)   # 3 chunks
    ledger.index("alpha", "a" * 5)  # 2 chunks
    ledger.index("mid", "m" * 6)    # 2 chunks
    return ledger


def test_pages_in_order():
    ledger = _ledger()
    assert [c.chunk_id for c in ledger.page(1, 3)] == ["alpha#0", "alpha#1", "mid#0"]
    assert [c.chunk_id for c in ledger.page(2, 3)] == ["mid#1", "zeta#0", "zeta#1"]
    assert [c.chunk_id for c in ledger.page(3, 3)] == ["zeta#2"]
    assert ledger.page(4, 3) == []


def test_pages_cover_everything_once():
    ledger = _ledger()
    everything = [c.chunk_id for c in ledger.page(1, 100)]
    assert len(everything) == len(ledger) == 7
    for size in range(1, 9):
        seen = []
        for number in range(1, ledger.page_count(size) + 1):
            page = ledger.page(number, size)
            assert 1 <= len(page) <= size
            seen += [c.chunk_id for c in page]
        assert seen == everything


def test_page_after_removal():
    ledger = _ledger()
    ledger.remove("alpha")
    assert [c.chunk_id for c in ledger.page(1, 2)] == ["mid#0", "mid#1"]
    assert [c.text for c in ledger.page(2, 2)] == ["zzz", "zzz"]


def test_overlapping_split_covers_tail():
    ledger = ChunkLedger(chunk_size=5, overlap=2)
    assert ledger.split("0123456789ab") == ["01234", "34567", "6789a", "9ab"]
    assert ledger.split("") == [""]
