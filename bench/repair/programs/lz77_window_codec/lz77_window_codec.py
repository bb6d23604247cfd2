"""LZ77-style compression over a bounded sliding window.

A compressed stream is a list of ``(offset, length, next_char)`` triples.  ``offset``
counts back from the current output position, ``length`` characters are copied from
there (the copy may overlap the text being produced), then ``next_char`` is emitted.
A triple ``(0, 0, c)`` is a plain literal.  Every triple carries a literal, so a match
never runs up to the very last character of the input.
"""


def _longest_match(data, pos, window, max_len):
    """Best (offset, length) for data[pos:], preferring the nearest match on ties."""
    best_offset, best_length = 0, 0
    for start in range(max(0, pos - window), pos):
        length = 0
        while (length < max_len
               and pos + length < len(data)
               and data[start + length] == data[pos + length]):
            length += 1
        if length > 0 and length >= best_length:
            best_offset, best_length = pos - start, length
    return best_offset, best_length


def compress(data, window=32, max_len=15):
    if window < 1 or max_len < 1:
        raise ValueError("window and max_len must be positive")
    tokens = []
    pos = 0
    while pos < len(data):
        offset, length = _longest_match(data, pos, window, max_len)
        tokens.append((offset, length, data[pos + length]))
        pos += length + 1
    return tokens


def decompress(tokens):
    out = []
    for offset, length, char in tokens:
        if length:
            if not 1 <= offset <= len(out):
                raise ValueError(f"offset {offset} outside the {len(out)} characters written")
            start = len(out) - offset
            for i in range(length):
                out.append(out[start + i])
        out.append(char)
    return "".join(out)


def ratio(data, window=32, max_len=15):
    """Number of triples per input character (lower is better); 0.0 for empty input."""
    if not data:
        return 0.0
    return len(compress(data, window, max_len)) / len(data)
