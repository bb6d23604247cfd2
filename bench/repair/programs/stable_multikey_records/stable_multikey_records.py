"""Multi-key sorting of records (dicts) with per-key direction.

A key spec is a field name, or ``"-field"`` for descending order. Earlier
specs take priority; records equal on every key keep their input order.
"""
from operator import itemgetter


def _parse(spec):
    if spec.startswith("-"):
        return spec[1:], True
    return spec, False


def sort_records(records, keys):
    """Return a new list of ``records`` sorted by the key ``keys``."""
    result = list(records)
    for spec in keys:
        field, descending = _parse(spec)
        result.sort(key=itemgetter(field), reverse=descending)
    return result


def top_records(records, keys, n):
    """The first ``n`` records under ``sort_records`` order."""
    if n < 0:
        raise ValueError("n must not be negative")
    return sort_records(records, keys)[:n]
