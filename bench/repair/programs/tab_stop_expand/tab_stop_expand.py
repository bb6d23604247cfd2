"""Tab expansion and re-tabbing of text, with tab stops every `tabsize` columns."""


def expand(text: str, tabsize: int = 8) -> str:
    """Replace each tab with the spaces that reach the next tab stop (like str.expandtabs)."""
    out: list[str] = []
    column = 0
    for char in text:
        if char == "\t":
            pad = tabsize - column % tabsize if tabsize > 0 else 0
            out.append(" " * pad)
        elif char in "\r\n":
            out.append(char)
            column = 0
        else:
            out.append(char)
            column += 1
    return "".join(out)


def unexpand_leading(line: str, tabsize: int = 8) -> str:
    """Turn the leading whitespace of one line into tabs plus fewer than tabsize spaces."""
    body = line.lstrip(" \t")
    width = len(expand(line[: len(line) - len(body)], tabsize))
    tabs, spaces = divmod(width, tabsize)
    return "\t" * tabs + " " * spaces + body


def indent_width(line: str, tabsize: int = 8) -> int:
    """Column at which the first non-blank character of line sits."""
    body = line.lstrip(" \t")
    return len(expand(line[: len(line) - len(body)], tabsize))


def column_of(line: str, index: int, tabsize: int = 8) -> int:
    """Display column of line[index] once tabs are expanded."""
    return len(expand(line[:index], tabsize))
