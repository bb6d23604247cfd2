"""Splits lines of CSV text into fields (RFC 4180 quoting, no newlines inside fields)."""


def split_line(line: str, delimiter: str = ",") -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    in_quotes = False
    i = 0
    while i < len(line):
        char = line[i]
        if in_quotes:
            if char == '"' and i + 1 < len(line) and line[i + 1] == '"':
                current.append('"')
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == '"':
            in_quotes = True
        elif char == delimiter:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quoted field")
    fields.append("".join(current))
    return fields


def parse(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    """Rows as dicts keyed by the header line; blank lines are skipped."""
    lines = [line for line in text.splitlines() if line.strip()]
    header = split_line(lines[0], delimiter)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        values = split_line(line, delimiter)
        if len(values) != len(header):
            raise ValueError(f"line {number}: expected {len(header)} fields, got {len(values)}")
        rows.append(dict(zip(header, values)))
    return rows
