"""Parse logfmt-style structured log lines into dictionaries.

    ts=2024-05-01T10:00:00Z level=warn msg="disk almost full" used=0.93 retries=3 cached

Quoted values may contain spaces and the escapes \\" and \\\\. A bare key with no ``=``
is a boolean flag. Unquoted values that look like numbers or booleans are converted;
quoted values are always kept as strings.
"""


def _convert(raw):
    if raw in ("true", "false"):
        return raw == "true"
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            pass
    return raw


def parse_line(line):
    """Return the fields of one logfmt line, in order of appearance."""
    fields = {}
    i, n = 0, len(line)
    while i < n:
        if line[i] == " ":
            i += 1
            continue
        start = i
        while i < n and line[i] not in "= ":
            i += 1
        key = line[start:i]
        if i >= n or line[i] == " ":
            fields[key] = True
            continue
        i += 1
        if i < n and line[i] == '"':
            i += 1
            chars = []
            while i < n and line[i] != '"':
                if line[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(line[i])
                i += 1
            fields[key] = "".join(chars)
        else:
            start = i
            while i < n and line[i] != " ":
                i += 1
            fields[key] = _convert(line[start:i])
    return fields


def parse_lines(lines, required=("level", "msg")):
    """Parse many lines; lines missing a required field are returned separately."""
    records, rejected = [], []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = parse_line(line)
        if all(name in fields for name in required):
            records.append(fields)
        else:
            rejected.append(number)
    return records, rejected
