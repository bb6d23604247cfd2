"""Split a token sequence into overlapping windows, e.g. for embedding."""


def window_spans(n, size, overlap=0):
    """Return (start, end) spans covering range(n).

    Each window holds `size` items and starts `size - overlap` items after the
    previous one. The last window ends at n and may be shorter; no window lies
    wholly inside the one before it.
    """
    if size <= 0:
        raise ValueError("size must be positive")
    if not 0 <= overlap < size:
        raise ValueError("overlap must be at least 0 and less than size")
    step = size - overlap
    spans = []
    start = 0
    while start < n:
        end = min(start + step, n)
        spans.append((start, end))
        if end == n:
            break
        start += step
    return spans


def chunk(tokens, size, overlap=0):
    return [tokens[s:e] for s, e in window_spans(len(tokens), size, overlap)]


def chunk_text(text, size, overlap=0):
    words = text.split()
    return [" ".join(words[s:e]) for s, e in window_spans(len(words), size, overlap)]
