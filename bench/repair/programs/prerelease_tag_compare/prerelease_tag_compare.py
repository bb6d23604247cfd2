"""Semantic Versioning 2.0.0 precedence, pre-release identifiers included."""

import functools
import re

_SEMVER = re.compile(
    r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
    r"(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$"
)


def parse(text):
    """Return (major, minor, patch, prerelease identifiers) for a version string.

    Build metadata after '+' is accepted but plays no part in precedence.
    """
    match = _SEMVER.match(text.strip())
    if not match:
        raise ValueError(f"invalid semantic version: {text!r}")
    major, minor, patch, pre, _build = match.groups()
    return int(major), int(minor), int(patch), tuple(pre.split(".")) if pre else ()


def _identifier_key(identifier):
    # numeric identifiers compare as numbers and rank below alphanumeric ones
    if identifier.isdigit():
        return (0, identifier, "")
    return (1, 0, identifier)


def precedence_key(text):
    """A sort key that orders versions by SemVer precedence."""
    major, minor, patch, pre = parse(text)
    if not pre:
        # a normal version ranks above every pre-release of the same core
        return (major, minor, patch, 1, ())
    return (major, minor, patch, 0, tuple(_identifier_key(i) for i in pre))


def compare(left, right):
    """Return -1, 0 or 1 as `left` has lower, equal or higher precedence than `right`."""
    a, b = precedence_key(left), precedence_key(right)
    return (a > b) - (a < b)


def sort_versions(versions):
    """Sort version strings from lowest to highest precedence."""
    return sorted(versions, key=precedence_key)


def latest(versions, include_prerelease=False):
    """The highest version, skipping pre-releases unless asked for them; None if none left."""
    candidates = [v for v in versions if include_prerelease or not parse(v)[3]]
    if not candidates:
        return None
    return max(candidates, key=functools.cmp_to_key(compare))
