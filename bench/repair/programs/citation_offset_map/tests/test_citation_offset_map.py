from citation_offset_map import Chunk, Span, locate, normalise, resolve


def test_normalise_collapses_whitespace_and_case():
    text, positions = normalise("Hello \n World")
    assert text == "hello world"
    assert positions == [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12]


def test_locate_tolerates_reflowed_whitespace():
    chunk = Chunk("faq", 0, "Refunds are issued\nwithin five  business days.")
    span = locate("refunds are issued within five business days", chunk)
    assert span == Span("faq", 0, 45)


def test_missing_quote_is_none():
    chunk = Chunk("faq", 0, "Shipping is free over fifty dollars.")
    assert locate("shipping costs ten dollars", chunk) is None


def test_span_selects_the_quote_in_the_source_document():
    doc = "Our policy.\n\nRefunds are issued within five business days. Contact support."
    chunk = Chunk("policy", 13, doc[13:])
    span = locate("within five business days", chunk)
    assert doc[span.start:span.end] == "within five business days"


def test_resolve_falls_back_to_other_chunks():
    chunks = [
        Chunk("a", 0, "The API key rotates every ninety days."),
        Chunk("b", 0, "Invoices are emailed monthly."),
    ]
    assert resolve([(0, "emailed monthly")], chunks) == [Span("b", 13, 28)]
