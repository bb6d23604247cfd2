"""Full justification of plain text to a fixed width (the last line is left-aligned)."""


def pack_lines(words: list[str], width: int) -> list[list[str]]:
    """Greedily group words into lines of at most width characters (single spaces)."""
    lines: list[list[str]] = []
    current: list[str] = []
    length = 0
    for word in words:
        if current and length + len(word) > width:
            lines.append(current)
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify_line(words: list[str], width: int) -> str:
    """Spread the spaces between words; the leftmost gaps get the extra ones."""
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    base, extra = divmod(width - sum(len(word) for word in words), gaps)
    out = ""
    for index, word in enumerate(words[:-1]):
        out += word + " " * (base + (1 if index < extra else 0))
    return out + words[-1]


def justify(text: str, width: int) -> list[str]:
    words = text.split()
    if any(len(word) > width for word in words):
        raise ValueError(f"a word is longer than {width} characters")
    lines = pack_lines(words, width)
    if not lines:
        return []
    body = [justify_line(line, width) for line in lines[:-1]]
    return body + [" ".join(lines[-1]).ljust(width)]
