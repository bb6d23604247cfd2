"""Freshness lifetime of a cached HTTP response (RFC 9111, section 4.2.1)."""
from email.utils import parsedate_to_datetime


def parse_cache_control(value):
    """'max-age=60, no-cache, private="x"' -> {'max-age': '60', 'no-cache': None, ...}"""
    directives = {}
    for part in (value or "").split(","):
        name, sep, arg = part.strip().partition("=")
        name = name.strip().lower()
        if name:
            directives[name] = arg.strip().strip('"') if sep else None
    return directives


def _seconds(arg):
    try:
        return max(0, int(arg))
    except (TypeError, ValueError):
        return None


def freshness_lifetime(headers, shared=False):
    """Seconds a response with these headers may be served from cache.

    shared is True for a proxy or CDN cache, False for a client's private cache.
    """
    headers = {name.lower(): value for name, value in headers.items()}
    cc = parse_cache_control(headers.get("cache-control"))
    if "no-store" in cc or "no-cache" in cc:
        return 0
    if shared:
        if "private" in cc:
            return 0
        s_maxage = _seconds(cc.get("s-max-age"))
        if s_maxage is not None:
            return s_maxage
    max_age = _seconds(cc.get("max-age"))
    if max_age is not None:
        return max_age
    if "expires" in headers and "date" in headers:
        try:
            expires = parsedate_to_datetime(headers["expires"])
            date = parsedate_to_datetime(headers["date"])
        except (TypeError, ValueError):
            return 0
        return max(0, int((expires - date).total_seconds()))
    return 0


def is_fresh(headers, age, shared=False):
    """True if a response that is age seconds old can be served without revalidation."""
    return age < freshness_lifetime(headers, shared)
