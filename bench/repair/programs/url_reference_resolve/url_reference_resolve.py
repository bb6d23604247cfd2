"""Resolve relative links against a base URL (RFC 3986, section 5.2)."""
from urllib.parse import urlsplit, urlunsplit


def remove_dot_segments(path):
    """Apply '.' and '..' segments of an absolute URL path."""
    segments = path.split("/")
    out = []
    for seg in segments:
        if seg == ".":
            continue
        if seg == "..":
            if len(out) > 1:  # never pop the empty segment before the first '/'
                out.pop()
            continue
        out.append(seg)
    if segments[-1] in (".", ".."):
        out.append("")  # "a/b/.." resolves to "a/", keeping the trailing slash
    return "/".join(out)


def merge(base_parts, ref_path):
    """Replace the last segment of the base path with a relative path."""
    if base_parts.netloc and not base_parts.path:
        return "/" + ref_path
    cut = base_parts.path.rfind("/")
    return base_parts.path[:cut] + ref_path


def resolve(base, ref):
    """Return the absolute URL that link `ref` points to from page `base`."""
    b = urlsplit(base)
    r = urlsplit(ref)
    if r.scheme:
        path = remove_dot_segments(r.path)
        return urlunsplit((r.scheme, r.netloc, path, r.query, r.fragment))
    if r.netloc:
        path = remove_dot_segments(r.path)
        return urlunsplit((b.scheme, r.netloc, path, r.query, r.fragment))
    if not r.path:
        query = r.query if r.query else b.query
        return urlunsplit((b.scheme, b.netloc, b.path, query, r.fragment))
    if r.path.startswith("/"):
        path = remove_dot_segments(r.path)
    else:
        path = remove_dot_segments(merge(b, r.path))
    return urlunsplit((b.scheme, b.netloc, path, b.query, r.fragment))


def resolve_all(base, links):
    """Resolve many links, dropping duplicates but keeping first-seen order."""
    seen = {}
    for link in links:
        seen.setdefault(resolve(base, link), None)
    return list(seen)
