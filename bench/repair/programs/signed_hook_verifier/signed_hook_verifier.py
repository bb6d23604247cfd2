"""Verify signed webhook deliveries carrying a ``t=...,v1=...`` header."""
import hashlib
import hmac


class SignatureError(Exception):
    pass


def parse_header(header):
    """Split ``t=1700000000,v1=ab12...`` into ``(timestamp, [signatures])``."""
    fields = {}
    signatures = []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "v1":
            signatures.append(value)
        else:
            fields[name] = value
    try:
        timestamp = int(fields["t"])
    except KeyError:
        raise SignatureError("missing or malformed timestamp") from None
    return timestamp, signatures


def sign(secret, timestamp, body):
    payload = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


class HookVerifier:
    def __init__(self, secret, tolerance=300):
        self.secret = secret
        self.tolerance = tolerance
        self._seen = {}

    def verify(self, header, body, now):
        timestamp, signatures = parse_header(header)
        if abs(now - timestamp) > self.tolerance:
            raise SignatureError("timestamp outside tolerance")
        expected = sign(self.secret, now, body)
        if not any(hmac.compare_digest(expected, s) for s in signatures):
            raise SignatureError("no matching signature")
        if expected in self._seen:
            raise SignatureError("replayed delivery")
        self._seen[expected] = now
        self._forget(now)
        return True

    def _forget(self, now):
        cutoff = now - 2 * self.tolerance
        for key in [k for k, seen_at in self._seen.items() if seen_at < cutoff]:
            del self._seen[key]
