"""Map quoted citations in a model's answer back to offsets in the source.

The answer quotes retrieved chunks, but the model tends to re-flow whitespace
and change case, so quotes are matched on a normalised form and the match is
translated back to character offsets in the original document.
"""

from collections import namedtuple

Chunk = namedtuple("Chunk", "doc_id start text")  # start: offset of text in the document
Span = namedtuple("Span", "doc_id start end")


def normalise(text):
    """Lower-case text with whitespace runs collapsed to one space.

    Returns (normalised, positions) where positions[i] is the index in text of
    the character that produced normalised[i].
    """
    out, positions = [], []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            out.append(" ")
        else:
            out.append(ch.lower())
        positions.append(i)
    return "".join(out), positions


def locate(quote, chunk):
    """Span of quote inside chunk, in document offsets, or None."""
    needle, _ = normalise(quote.strip())
    if not needle:
        return None
    haystack, positions = normalise(chunk.text)
    at = haystack.find(needle)
    if at < 0:
        return None
    start = positions[at]
    end = chunk.start + positions[at + len(needle) - 1] + 1
    return Span(chunk.doc_id, start, end)


def resolve(citations, chunks):
    """citations: list of (chunk index, quote). Falls back to searching every
    chunk when the quote is not in the chunk the model named."""
    spans = []
    for index, quote in citations:
        span = None
        if 0 <= index < len(chunks):
            span = locate(quote, chunks[index])
        if span is None:
            span = next(filter(None, (locate(quote, c) for c in chunks)), None)
        spans.append(span)
    return spans
