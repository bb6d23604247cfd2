"""A small cookie jar for the agent's HTTP tool.

It keeps the session cookies a server hands out in Set-Cookie headers and
returns the ones that are still valid for the next request.
"""

from email.utils import parsedate_to_datetime


def parse_set_cookie(header, now):
    """Return (name, value, expires_at) for one Set-Cookie header value.

    expires_at is a POSIX timestamp, or None for a session cookie.  When both
    Max-Age and Expires are given, Max-Age wins (RFC 6265, section 5.3).
    """
    parts = [p.strip() for p in header.split(";")]
    name, _, value = parts[0].partition("=")
    attrs = {}
    for part in parts[1:]:
        key, _, val = part.partition("=")
        attrs[key.strip().lower()] = val.strip()
    expires_at = None
    if "max-age" in attrs:
        expires_at = now + int(attrs["max-age"])
    if "expires" in attrs:
        expires_at = parsedate_to_datetime(attrs["expires"]).timestamp()
    return name.strip(), value.strip(), expires_at


class CookieJar:
    def __init__(self):
        self._cookies = {}

    def store(self, header, now):
        name, value, expires_at = parse_set_cookie(header, now)
        if expires_at is not None and expires_at <= now:
            # An expiry in the past is how a server deletes a cookie.
            self._cookies.pop(name, None)
            return
        self._cookies[name] = (value, expires_at)

    def valid(self, now):
        return {
            name: value
            for name, (value, expires_at) in self._cookies.items()
            if expires_at is None or expires_at > now
        }

    def cookie_header(self, now):
        live = self.valid(now)
        return "; ".join(f"{k}={v}" for k, v in sorted(live.items()))
