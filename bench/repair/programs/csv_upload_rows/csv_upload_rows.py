"""Read a CSV file a user attached to the conversation into validated rows.

People type these by hand, so a space after each comma is common:
``name, city`` / ``Ada, "London, UK"``.  Header names are stripped and
lower-cased; rows are reported by their line number in the upload.
"""

import csv
import io


class UploadError(ValueError):
    pass


def read_upload(text, required=(), max_rows=1000):
    """Return ``(rows, problems)``; each row is a dict keyed by normalised header."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [name.strip().lower() for name in next(reader)]
    except StopIteration:
        raise UploadError("the file is empty") from None
    missing = [name for name in required if name not in header]
    if missing:
        raise UploadError(f"missing column(s): {', '.join(missing)}")
    rows, problems = [], []
    for line_no, fields in enumerate(reader, start=2):
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            problems.append(f"line {line_no}: expected {len(header)} fields, got {len(fields)}")
            continue
        row = {name: value.strip() for name, value in zip(header, fields)}
        empty = [name for name in required if not row[name]]
        if empty:
            problems.append(f"line {line_no}: empty {', '.join(empty)}")
            continue
        rows.append(row)
        if len(rows) > max_rows:
            raise UploadError(f"more than {max_rows} rows")
    return rows, problems
