"""A small RFC 4180-style CSV parser written as a character state machine.

Fields may be wrapped in double quotes; inside quotes the delimiter and line
breaks are literal and a doubled quote ("") stands for one quote character.
A quote that appears in the middle of an unquoted field is kept as-is.
"""


def parse_csv(text, delimiter=","):
    """Split ``text`` into a list of records, each a list of field strings."""
    records = []
    row = []
    field = []
    in_quotes = False
    was_quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"' and not was_quoted:
            in_quotes = True
            was_quoted = True
        elif ch == delimiter:
            row.append("".join(field))
            field = []
            was_quoted = False
        elif ch == "\n" or ch == "\r":
            if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
            row.append("".join(field))
            records.append(row)
            row, field, was_quoted = [], [], False
        else:
            field.append(ch)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quoted field")
    if field or row or was_quoted:
        row.append("".join(field))
        records.append(row)
    return records


def parse_dicts(text, delimiter=","):
    """Parse ``text`` using its first record as the header row."""
    records = parse_csv(text, delimiter)
    if not records:
        return []
    header = records[0]
    out = []
    for number, record in enumerate(records[1:], start=2):
        if len(record) != len(header):
            raise ValueError(f"record {number}: expected {len(header)} fields, got {len(record)}")
        out.append(dict(zip(header, record)))
    return out
