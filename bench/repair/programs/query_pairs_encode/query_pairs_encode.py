"""Build URL query strings with RFC 3986 percent-encoding."""
import string

# Characters that never need escaping in a URL component.
UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~!*'()")


def quote(text, safe=""):
    """Percent-encode `text` as UTF-8, leaving unreserved and `safe` chars."""
    out = []
    for byte in str(text).encode("utf-8"):
        ch = chr(byte)
        if ch in UNRESERVED or (byte < 128 and ch in safe):
            out.append(ch)
        else:
            out.append("%%%02X" % byte)
    return "".join(out)


def encode_query(params, sort=False):
    """Encode a dict or a list of (key, value) pairs.

    A list or tuple value repeats the key, None values are left out and
    booleans become 'true' / 'false'.
    """
    items = list(params.items()) if isinstance(params, dict) else list(params)
    if sort:
        items.sort(key=lambda kv: kv[0])
    pairs = []
    for key, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            if v is None:
                continue
            if isinstance(v, bool):
                v = "true" if v else "false"
            pairs.append(quote(key) + "=" + quote(v))
    return "&".join(pairs)


def add_query(url, params):
    """Append encoded params to `url`, keeping any fragment at the end."""
    base, hash_mark, fragment = url.partition("#")
    query = encode_query(params)
    if query:
        if "?" not in base:
            base += "?"
        elif not base.endswith(("?", "&")):
            base += "&"
        base += query
    return base + hash_mark + fragment
