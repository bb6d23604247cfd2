"""MIME type lookup by file extension, with compound suffixes like .tar.gz."""

DEFAULT_TYPE = "application/octet-stream"

TYPES = {
    "txt": "text/plain",
    "md": "text/markdown",
    "csv": "text/csv",
    "html": "text/html",
    "htm": "text/html",
    "css": "text/css",
    "js": "text/javascript",
    "py": "text/x-python",
    "json": "application/json",
    "svg": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gz": "application/gzip",
    "tar": "application/x-tar",
    "tar.gz": "application/x-gtar",
    "tgz": "application/x-gtar",
    "pdf": "application/pdf",
}

# Non-text types that are still text and should declare a charset.
TEXTUAL = {"application/json", "image/svg+xml"}


def guess_type(path, default=DEFAULT_TYPE):
    """Return the MIME type for `path`, trying the longest known suffix first."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    # A leading dot is part of the name (".bashrc"), not an extension.
    parts = name.lstrip(".").split(".")
    for i in range(1, len(parts)):
        suffix = ".".join(parts[i:])
        if suffix in TYPES:
            return TYPES[suffix]
    return default


def content_type(path):
    """Value for a Content-Type header when serving `path`."""
    mime = guess_type(path)
    if mime.startswith("text/") or mime in TEXTUAL:
        return mime + "; charset=utf-8"
    return mime


def is_text(path):
    """True if an agent may show the file inline as text."""
    return content_type(path).endswith("charset=utf-8")
