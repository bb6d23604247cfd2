"""Canonical request strings for signing calls to the tool API (SigV4 style)."""

import hashlib
import hmac
from urllib.parse import quote


def _enc(text):
    return quote(text)


def canonical_query(params):
    """params: a dict, or a list of (key, value) pairs when keys repeat."""
    items = params.items() if isinstance(params, dict) else params
    encoded = sorted((_enc(str(k)), _enc(str(v))) for k, v in items)
    return "&".join(f"{k}={v}" for k, v in encoded)


def canonical_headers(headers):
    """Return (header block, signed header list)."""
    folded = {}
    for name, value in headers.items():
        key = name.strip().lower()
        val = " ".join(str(value).split())
        folded[key] = f"{folded[key]},{val}" if key in folded else val
    names = sorted(folded)
    block = "".join(f"{n}:{folded[n]}\n" for n in names)
    return block, ";".join(names)


def canonical_request(method, path, params, headers, body):
    header_block, signed = canonical_headers(headers)
    return "\n".join([
        method.upper(),
        quote(path or "/", safe="/-_.~"),
        canonical_query(params),
        header_block,
        signed,
        hashlib.sha256(body).hexdigest(),
    ])


def sign(secret, method, path, params, headers, body):
    text = canonical_request(method, path, params, headers, body)
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()
