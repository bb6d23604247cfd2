"""Redact secrets from structured log records before they are shipped.

Values under sensitive keys are replaced whole, wherever the key appears in the nested
record. Key matching ignores case and treats ``-`` like ``_`` (``X-Api-Key`` matches
``x_api_key``). Free-text strings are also scanned for bearer tokens and API keys.
"""

import re

MASK = "[REDACTED]"
DEFAULT_KEYS = {"password", "passwd", "secret", "token", "api_key", "authorization", "cookie"}
PATTERNS = [
    re.compile(r"(?i)\bbearer\s+[a-z0-9._~+/-]+=*"),
    re.compile(r"\bsk-[A-Za-z0-9]{16,}\b"),
]


def _normalise(key):
    return key.strip().lower().replace("-", "_")


class Redactor:
    def __init__(self, extra_keys=(), mask=MASK):
        self.keys = DEFAULT_KEYS | {_normalise(key) for key in extra_keys}
        self.mask = mask
        self.hits = 0

    def is_sensitive(self, key):
        return key in self.keys

    def scrub_text(self, text):
        for pattern in PATTERNS:
            text, count = pattern.subn(self.mask, text)
            self.hits += count
        return text

    def redact(self, value):
        """Return a redacted copy of a record (dicts, lists, strings, scalars)."""
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                if isinstance(key, str) and self.is_sensitive(key):
                    out[key] = self.mask
                    self.hits += 1
                else:
                    out[key] = self.redact(item)
            return out
        if isinstance(value, (list, tuple)):
            return [self.redact(item) for item in value]
        if isinstance(value, str):
            return self.scrub_text(value)
        return value
