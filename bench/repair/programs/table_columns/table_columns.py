"""Plain-text tables: column widths, truncation with an ellipsis, and alignment."""

from __future__ import annotations

from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    title: str
    align: str = "left"  # "left", "right" or "center"
    max_width: int | None = None


def fit(text: str, width: int) -> str:
    """Shorten text to at most `width` characters, marking the cut with an ellipsis."""
    if len(text) <= width:
        return text
    return text[:width] + ELLIPSIS


def pad(text: str, width: int, align: str = "left") -> str:
    gap = width - len(text)
    if align == "right":
        return " " * gap + text
    if align == "center":
        before = gap // 2
        return " " * before + text + " " * (gap - before)
    return text + " " * gap


def column_widths(columns: list[Column], rows: list[list[str]]) -> list[int]:
    widths = []
    for index, column in enumerate(columns):
        width = max([len(column.title)] + [len(row[index]) for row in rows])
        if column.max_width is not None:
            width = min(width, column.max_width)
        widths.append(width)
    return widths


def render(columns: list[Column], rows: list[list[str]]) -> str:
    widths = column_widths(columns, rows)

    def line(cells: list[str], aligns: list[str]) -> str:
        parts = [pad(fit(c, w), w, a) for c, w, a in zip(cells, widths, aligns)]
        return "| " + " | ".join(parts) + " |"

    rule = "+" + "+".join("-" * (width + 2) for width in widths) + "+"
    header = line([column.title for column in columns], ["left"] * len(columns))
    body = [line(row, [column.align for column in columns]) for row in rows]
    return "\n".join([rule, header, rule, *body, rule])
