"""Parsing and building URL query strings (application/x-www-form-urlencoded)."""

from collections.abc import Mapping
from urllib.parse import quote_plus, unquote_plus


def parse_query(url: str) -> dict[str, list[str]]:
    """'/search?q=a+b&tag=x&tag=y#top' -> {'q': ['a b'], 'tag': ['x', 'y']}."""
    query = url.partition("?")[2].partition("#")[0]
    params: dict[str, list[str]] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        eq = pair.find("=")
        if eq == -1:
            key, value = pair, ""
        else:
            key, value = pair[:eq], pair[eq:]
        params.setdefault(unquote_plus(key), []).append(value)
    return params


def first_values(params: Mapping[str, list[str]]) -> dict[str, str]:
    """Collapses repeated keys to their first value."""
    return {key: values[0] for key, values in params.items() if values}


def build_query(params: Mapping[str, str | list[str]]) -> str:
    parts = []
    for key, values in params.items():
        for value in [values] if isinstance(values, str) else values:
            parts.append(f"{quote_plus(key)}={quote_plus(value)}")
    return "&".join(parts)
