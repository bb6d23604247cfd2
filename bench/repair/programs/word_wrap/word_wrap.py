"""Greedy word wrapping for fixed-width text output."""


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters; a longer word gets a line of its own."""
    if width < 1:
        raise ValueError("width must be positive")
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) >= width:
            lines.append(line)
        elif line:
            line = line + " " + word
        else:
            line = word
    if line:
        lines.append(line)
    return lines


def fill(text: str, width: int) -> str:
    """Wrap each paragraph (separated by blank lines) and keep one blank line between them."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join("\n".join(wrap(p, width)) for p in paragraphs)


def ragged_cost(lines: list[str], width: int) -> int:
    """Sum of squared trailing space over all lines but the last."""
    return sum((width - len(line)) ** 2 for line in lines[:-1])
