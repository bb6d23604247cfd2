"""Fit text into terminal cells, where CJK and fullwidth characters take two columns
and combining marks take none."""

import unicodedata
from typing import Literal

Align = Literal["left", "right", "center"]


def char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(char) for char in text)


def truncate(text: str, width: int, ellipsis: str = "…") -> str:
    """text cut so that it, with the ellipsis appended, takes at most width columns.
    Text that already fits is returned unchanged."""
    if display_width(text) <= width:
        return text
    room = width - display_width(ellipsis)
    if room < 0:
        return ""
    used = 0
    kept = []
    for char in text:
        cells = char_width(char)
        if used + cells > room:
            break
        kept.append(char)
        used += cells
    return "".join(kept) + ellipsis


def pad(text: str, width: int, align: Align = "left") -> str:
    """text padded with spaces to exactly width columns (truncated first if too wide).
    Centered text puts the odd space, if any, on the right."""
    text = truncate(text, width)
    fill = width - display_width(text)
    if align == "left":
        return text + " " * fill
    if align == "right":
        return " " * fill + text
    left = fill // 2
    right = fill - left
    return " " * right + text + " " * left


def table_row(cells: list[str], widths: list[int], sep: str = " | ") -> str:
    """One table line, each cell padded to its column width (numbers right-aligned)."""
    padded = [
        pad(cell, width, "right" if cell.replace(".", "", 1).isdigit() else "left")
        for cell, width in zip(cells, widths)
    ]
    return sep.join(padded)
