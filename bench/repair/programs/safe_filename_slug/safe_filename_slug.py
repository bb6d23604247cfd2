"""Turn arbitrary titles into file names that are safe on every platform."""
import re
import unicodedata

RESERVED = {"CON", "PRN", "AUX", "NUL"}
RESERVED |= {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_SPACES = re.compile(r"\s+")


def safe_filename(name, max_length=64, replacement="_"):
    """Return a file name derived from `name`.

    Forbidden characters become `replacement`, whitespace collapses,
    leading/trailing dots and spaces go, Windows device names get a
    suffix, and the result fits in `max_length` characters while keeping
    its extension.
    """
    name = unicodedata.normalize("NFKC", name)
    name = _FORBIDDEN.sub(replacement, name)
    name = _SPACES.sub(" ", name).strip(" .")
    if not name:
        return "untitled"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    else:
        ext = "." + ext
    if stem.split(".")[0].upper() in RESERVED:
        stem += replacement
    if len(ext) > max_length // 2:  # not a real extension; treat as part of the stem
        stem, ext = stem + ext, ""
    stem = stem[:max_length].rstrip(" .")
    return (stem or "untitled") + ext


def unique_filename(name, taken, **kwargs):
    """safe_filename() that avoids names in `taken` by adding ' (2)', ' (3)', ..."""
    candidate = safe_filename(name, **kwargs)
    if candidate not in taken:
        return candidate
    stem, dot, ext = candidate.rpartition(".")
    if not dot:
        stem, ext = candidate, ""
    else:
        ext = "." + ext
    n = 2
    while f"{stem} ({n}){ext}" in taken:
        n += 1
    return f"{stem} ({n}){ext}"
