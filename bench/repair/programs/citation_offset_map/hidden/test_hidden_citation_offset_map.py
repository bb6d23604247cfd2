import pytest

from citation_offset_map import Chunk, Span, locate, resolve

DOC = (
    "Section 1. Accounts\n"
    "Every account has an owner and up to   five members.\n\n"
    "Section 2. Billing\n"
    "Invoices are emailed on the first day of each month.\n"
    "Late invoices incur a  two percent fee.\n"
)


def chunks_of(doc, size=60, overlap=30):
    out, start = [], 0
    while True:
        out.append(Chunk("terms", start, doc[start:start + size]))
        if start + size >= len(doc):
            return out
        start += size - overlap


@pytest.mark.parametrize("quote,original", [
    ("every account has an owner", "Every account has an owner"),
    ("up to five members", "up to   five members"),
    ("section 2. billing", "Section 2. Billing"),
    ("first day", "first day"),
    ("two percent fee.", "two percent fee."),
])
def test_spans_round_trip_through_overlapping_chunks(quote, original):
    chunks = chunks_of(DOC)
    hits = [locate(quote, c) for c in chunks]
    found = [h for h in hits if h is not None]
    assert found, quote
    for span in found:
        assert DOC[span.start:span.end] == original


def test_resolve_uses_named_chunk_with_its_offset():
    chunks = chunks_of(DOC)
    target = next(i for i, c in enumerate(chunks) if "Billing" in c.text and c.start > 0)
    [span] = resolve([(target, "Billing")], chunks)
    assert span.doc_id == "terms"
    assert DOC[span.start:span.end] == "Billing"
    assert span.start == DOC.index("Billing")


def test_resolve_bad_index_and_unknown_quote():
    chunks = [Chunk("x", 100, "alpha beta"), Chunk("y", 7, "gamma  delta")]
    spans = resolve([(5, "gamma delta"), (-1, "beta"), (0, "omega")], chunks)
    assert spans == [Span("y", 7, 19), Span("x", 106, 110), None]


def test_quote_with_surrounding_whitespace_and_empty_quote():
    chunk = Chunk("d", 50, "  The Answer is  42.")
    assert locate("   answer is 42 ", chunk) == Span("d", 56, 69)
    assert locate("   ", chunk) is None


def test_quote_spanning_whitespace_run_ends_inside_chunk():
    chunk = Chunk("d", 1000, "end of line\n\n\nnext paragraph")
    span = locate("line next", chunk)
    assert span == Span("d", 1007, 1018)
