"""De-duplicate records that share a compound key, keeping the newest one.

Key parts are compared after normalisation: strings are stripped and
case-folded, so ``" ACME "`` and ``"acme"`` are the same customer.  When two
records for one key carry the same timestamp, the one that comes later in the
input wins (it is the more recent write).  The output keeps the order in which
each key was first seen.
"""


def _normalise(value):
    if isinstance(value, str):
        return value.strip().casefold()
    return value


def compound_key(record, fields):
    return tuple(_normalise(record.get(name)) for name in fields)


def latest_by_key(records, fields, stamp="updated_at"):
    """Return one record per compound key of ``fields``: the newest by ``stamp``."""
    winners = {}
    order = []
    for record in records:
        key = compound_key(record, fields)
        if key not in winners:
            winners[key] = record
            order.append(key)
        elif record[stamp] > winners[key][stamp]:
            winners[key] = record
    return [winners[key] for key in order]


def duplicate_counts(records, fields):
    """Map each compound key that occurs more than once to its number of records."""
    counts = {}
    for record in records:
        key = compound_key(record, fields)
        counts[key] = counts.get(key, 0) + 1
    return {key: n for key, n in counts.items() if n > 1}
