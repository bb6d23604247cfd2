"""Guess a type for each column of a CSV file that was read as strings."""

NULLS = {"", "na", "n/a", "null", "none", "-"}
BOOLS = {"true", "false", "yes", "no"}


def _is_int(text):
    if text[:1] in ("+", "-"):
        text = text[1:]
    return text.isdigit()


def _is_float(text):
    try:
        float(text)
    except ValueError:
        return False
    return text not in ("nan", "inf", "-inf", "+inf", "infinity")


def infer_value(raw):
    """Type name of one cell: 'bool', 'int', 'float', 'str', or None for a null."""
    text = raw.strip().lower()
    if text in NULLS:
        return None
    if text in BOOLS:
        return "bool"
    if _is_int(text):
        return "int"
    if _is_float(text):
        return "float"
    return "str"


def infer_column(values):
    """Type of a whole column; nulls do not count, ints widen to float."""
    kinds = {infer_value(v) for v in values}
    if not kinds:
        return "empty"
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= {"int", "float"}:
        return "float"
    return "str"


def infer_types(header, rows):
    """Map each header name to its column type.  Short rows count as nulls."""
    types = {}
    for i, name in enumerate(header):
        column = [row[i] if i < len(row) else "" for row in rows]
        types[name.strip()] = infer_column(column)
    return types
