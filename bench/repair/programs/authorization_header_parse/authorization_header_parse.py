"""Parsing of HTTP Authorization headers for the tool gateway."""

import base64
import binascii


class AuthError(ValueError):
    pass


def parse_authorization(header):
    """Return (scheme, credentials) for an Authorization header value.

    The scheme is lower-cased.  For "basic" the credentials are a
    (user, password) tuple, for "bearer" the token string; any other scheme
    gets its raw parameter string.
    """
    if not header or not header.strip():
        raise AuthError("empty Authorization header")
    scheme, _, rest = header.strip().partition(" ")
    scheme = scheme.lower()
    rest = rest.strip()
    if not rest:
        raise AuthError(f"missing credentials for {scheme}")
    if scheme == "basic":
        try:
            decoded = base64.b64decode(rest, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise AuthError("malformed basic credentials") from None
        user, sep, password = decoded.rpartition(":")
        if not sep:
            raise AuthError("basic credentials need user:password")
        return scheme, (user, password)
    if scheme == "bearer" and " " in rest:
        raise AuthError("bearer token must not contain spaces")
    return scheme, rest


def bearer_token(headers):
    """The bearer token from a header mapping, or None if there is none."""
    for name, value in headers.items():
        if name.lower() == "authorization":
            scheme, credentials = parse_authorization(value)
            return credentials if scheme == "bearer" else None
    return None


def basic_header(user, password):
    raw = f"{user}:{password}".encode("utf-8")
    return "Basic " + base64.b64encode(raw).decode("ascii")
