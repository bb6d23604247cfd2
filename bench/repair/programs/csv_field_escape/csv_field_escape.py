"""Hand-rolled CSV writing and reading with RFC 4180 quoting."""

from collections.abc import Iterable, Iterator


def parse_line(line: str, delimiter: str = ",") -> list[str]:
    """Split one CSV record (no embedded line breaks) into its fields."""
    fields: list[str] = []
    current: list[str] = []
    in_quotes = False
    i = 0
    while i < len(line):
        char = line[i]
        if in_quotes:
            if char == '"' and line[i + 1:i + 2] == '"':
                current.append('"')
                i += 1
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == '"' and not current:
            in_quotes = True
        elif char == delimiter:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    fields.append("".join(current))
    return fields


def escape_field(value: object, delimiter: str = ",") -> str:
    """Render one value as a CSV field, quoting it only when it has to be."""
    text = "" if value is None else str(value)
    if delimiter in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def format_row(values: Iterable[object], delimiter: str = ",") -> str:
    return delimiter.join(escape_field(value, delimiter) for value in values)


def format_rows(rows: Iterable[Iterable[object]], delimiter: str = ",") -> Iterator[str]:
    """Yield CSV lines terminated with CRLF, ready to be written out."""
    for row in rows:
        yield format_row(row, delimiter) + "\r\n"
