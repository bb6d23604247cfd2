"""Load several CSV sheets for an agent at once, carrying on when a source fails.

``fetch`` is an async callable ``name -> CSV text`` (a file read, an HTTP
download, a tool call).  One broken source must not lose the others: its
error is reported next to the tables that did load.
"""

import asyncio
import csv
import io


def parse_sheet(text):
    """Rows of a CSV sheet as dicts keyed by the normalised header names."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        return []
    names = [h.strip() for h in header]
    rows = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        rows.append(dict(zip(names, (cell.strip() for cell in row))))
    return rows


async def load_sheets(sources, fetch, max_concurrent=4):
    """Fetch and parse every source; return ``(tables, errors)`` dicts by name."""
    gate = asyncio.Semaphore(max_concurrent)

    async def load_one(name):
        async with gate:
            text = await fetch(name)
        return parse_sheet(text)

    results = await asyncio.gather(*map(load_one, sources))
    tables, errors = {}, {}
    for name, result in zip(sources, results):
        if isinstance(result, Exception):
            errors[name] = f"{type(result).__name__}: {result}"
        else:
            tables[name] = result
    return tables, errors
