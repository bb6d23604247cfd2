"""Turn a tool call's JSON arguments into the GET URL of an HTTP tool endpoint."""

import json
from urllib.parse import quote, urlencode, urlsplit, urlunsplit


class ToolArgsError(ValueError):
    """The tool arguments cannot be sent as a query string."""


def _query_value(name, value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_query_value(name, item) for item in value]
    raise ToolArgsError(f"argument {name!r} of type {type(value).__name__} is not supported")


def build_tool_url(endpoint, arguments):
    """Return ``endpoint`` with ``arguments`` appended as query parameters.

    ``arguments`` may be a dict or the JSON string a model produced. Arguments
    set to None are left out, keys are sorted so the URL is stable (useful as a
    cache key), list values become repeated parameters and spaces are sent as %20.
    """
    if isinstance(arguments, str):
        arguments = json.loads(arguments) if arguments.strip() else {}
    params = {}
    for name in sorted(arguments):
        value = arguments[name]
        if value is None:
            continue
        params[name] = _query_value(name, value)
    query = urlencode(params, quote_via=quote)
    scheme, netloc, path, existing, fragment = urlsplit(endpoint)
    if existing and query:
        query = existing + "&" + query
    elif existing:
        query = existing
    return urlunsplit((scheme, netloc, path, query, fragment))
