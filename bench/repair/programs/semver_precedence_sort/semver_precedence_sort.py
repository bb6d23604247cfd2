"""Semantic Versioning 2.0.0: parsing, precedence, sorting."""

import re

_CORE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_IDENT = re.compile(r"^[0-9A-Za-z-]+$")


def parse(text):
    """'1.2.3-rc.1+build.5' -> (1, 2, 3, ('rc', '1'), 'build.5'). A leading 'v' is accepted."""
    text = text.strip()
    if text[:1] in ("v", "V"):
        text = text[1:]
    rest, _, build = text.partition("+")
    dash = rest.rfind("-")
    core = rest if dash < 0 else rest[:dash]
    pre_ids = () if dash < 0 else tuple(rest[dash + 1:].split("."))
    match = _CORE.match(core)
    if match is None or not all(_IDENT.match(ident) for ident in pre_ids):
        raise ValueError(f"not a semantic version: {text!r}")
    if any(ident.isdigit() and len(ident) > 1 and ident[0] == "0" for ident in pre_ids):
        raise ValueError(f"leading zero in pre-release: {text!r}")
    return int(match[1]), int(match[2]), int(match[3]), pre_ids, build


def _pre_key(pre_ids):
    if not pre_ids:
        return (1,)  # a release ranks above all of its pre-releases
    # numeric identifiers compare as numbers and rank below alphanumeric ones
    return (0, tuple((0, int(i), "") if i.isdigit() else (1, 0, i) for i in pre_ids))


def precedence_key(text):
    """Sort key; build metadata is ignored."""
    major, minor, patch, pre_ids, _ = parse(text)
    return major, minor, patch, _pre_key(pre_ids)


def compare(a, b):
    key_a, key_b = precedence_key(a), precedence_key(b)
    return (key_a > key_b) - (key_a < key_b)


def sort_versions(versions, reverse=False):
    return sorted(versions, key=precedence_key, reverse=reverse)


def latest(versions, include_prerelease=False):
    """Highest version; pre-releases only count when asked for. None if nothing qualifies."""
    candidates = [v for v in versions if include_prerelease or not parse(v)[3]]
    return max(candidates, key=precedence_key, default=None)
