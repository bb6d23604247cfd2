"""Align a block of lines on the first occurrence of a delimiter, as editors' "align" does.

    x = 1                 x       = 1
    long_name = 2   ->    long_name = 2
    y=3                   y       = 3
"""


def _split(line: str, delimiter: str) -> tuple[str, str] | None:
    head, found, tail = line.rpartition(delimiter)
    if not found:
        return None
    return head.rstrip(), tail.strip()


def align(lines: list[str], delimiter: str = "=") -> list[str]:
    """Lines holding the delimiter get their left parts padded to a common width, with one
    space each side of the delimiter; other lines are left untouched. The indentation of
    each line is kept as it is.
    """
    parts = [_split(line, delimiter) for line in lines]
    width = max((len(part[0]) for part in parts if part is not None), default=0)
    aligned = []
    for line, part in zip(lines, parts):
        if part is None:
            aligned.append(line)
            continue
        head, tail = part
        aligned.append(f"{head.ljust(width)} {delimiter} {tail}".rstrip())
    return aligned


def align_text(text: str, delimiter: str = "=") -> str:
    """align() applied to each paragraph (run of non-blank lines) on its own."""
    out: list[str] = []
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line)
            continue
        out.extend(align(block, delimiter))
        out.append(line)
        block = []
    out.extend(align(block, delimiter))
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
