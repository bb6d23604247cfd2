"""Run-length encoding for plain text: "aaaaaaaaaaaab" <-> "12ab".

A run is written as its count followed by the character, and a count of 1 is left out.
Counts are capped at max_run so that readers with a fixed-width count field can decode the
output; a longer run is written as several runs of the same character.
"""


def encode(text: str, max_run: int = 99) -> str:
    if max_run < 1:
        raise ValueError("max_run must be at least 1")
    if any(char.isdigit() for char in text):
        raise ValueError("text with digits cannot be run-length encoded")
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and text[end] == text[start]:
            end += 1
        length = end - start
        pieces.append(f"{length}{text[start]}" if length > 1 else text[start])
        start = end
    return "".join(pieces)


def decode(encoded: str) -> str:
    pieces: list[str] = []
    count = ""
    for char in encoded:
        if char.isdigit():
            count += char
            continue
        pieces.append(char * int(count or "1"))
        count = ""
    if count:
        raise ValueError(f"encoded text ends with a dangling count {count!r}")
    return "".join(pieces)


def compression_ratio(text: str, max_run: int = 99) -> float:
    """Encoded size over original size (below 1.0 means the encoding saves space)."""
    if not text:
        return 1.0
    return len(encode(text, max_run)) / len(text)
