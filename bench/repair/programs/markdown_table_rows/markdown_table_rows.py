"""Read the first markdown table in a model reply into a list of row dicts."""

import re

_DELIMITER_CELL = re.compile(r"^:?-+:?$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")

Row = dict[str, str]


def split_row(line: str) -> list[str]:
    """Cells of one table line. Outer pipes are optional; '\\|' is a pipe inside a cell."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(line)]


def _is_delimiter(line: str, columns: int) -> bool:
    cells = split_row(line)
    return len(cells) == columns and all(_DELIMITER_CELL.match(cell) for cell in cells)


def parse_table(reply: str) -> list[Row]:
    """Rows of the first table: a header line, a delimiter line (|---|:--:|) with as many
    cells, then body lines up to the first line without a pipe. [] if there is no table.

    Like GitHub's renderer, a short row is padded with '' and extra cells are dropped.
    """
    lines = reply.splitlines()
    for start in range(len(lines) - 1):
        if "|" not in lines[start]:
            continue
        header = split_row(lines[start])
        if not _is_delimiter(lines[start + 1], len(header)):
            continue
        rows: list[Row] = []
        for line in lines[start + 1:]:
            if "|" not in line:
                break
            cells = split_row(line)[:len(header)]
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
        return rows
    return []


def column(reply: str, name: str) -> list[str]:
    """One column of the first table, e.g. every 'url' the model listed."""
    return [row[name] for row in parse_table(reply)]
