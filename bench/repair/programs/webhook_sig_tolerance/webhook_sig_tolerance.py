"""Verify signed webhook requests.

The sender puts a header like ``t=1700000000,v1=<hex>,v1=<hex>`` on each request.
Each ``v1`` entry is an HMAC-SHA256 of ``"<t>.<body>"``; several may be present while
a secret is being rotated, and any one of them matching is enough.
"""

import hashlib
import hmac


class SignatureError(Exception):
    """The request is not signed correctly or is too old/new to be trusted."""


def sign(secret, timestamp, body):
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secrets, timestamp, body):
    """Header value for a request signed with each of `secrets`."""
    parts = [f"t={timestamp}"] + [f"v1={sign(s, timestamp, body)}" for s in secrets]
    return ",".join(parts)


def parse_header(header):
    timestamp = None
    signatures = []
    for item in header.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep:
            raise SignatureError(f"malformed header item {item!r}")
        if key == "t":
            if not value.isdigit():
                raise SignatureError(f"bad timestamp {value!r}")
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None or not signatures:
        raise SignatureError("header needs a timestamp and at least one v1 signature")
    return timestamp, signatures


def verify(secret, header, body, now, tolerance=300):
    """Return the signed timestamp, or raise SignatureError."""
    timestamp, signatures = parse_header(header)
    if now - timestamp > tolerance:
        raise SignatureError("timestamp outside the tolerance window")
    expected = sign(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, candidate) for candidate in signatures):
        raise SignatureError("no matching signature")
    return timestamp
