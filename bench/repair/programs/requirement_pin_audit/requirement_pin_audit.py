"""Check a requirements file against a lock file: every requirement pinned, and to the locked version."""

import re

_REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?P<spec>.*)$")


def canonical(name):
    """PEP 503 normalisation: case-insensitive, runs of '-', '_' and '.' are equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_line(line):
    """Return (name, spec) for a requirement line, or None for blanks, comments and pip options."""
    line = line.split("#", 1)[0].split(";", 1)[0].strip()
    if not line or line.startswith("-"):
        return None
    match = _REQUIREMENT.match(line)
    if match is None:
        raise ValueError(f"cannot parse requirement: {line!r}")
    return match["name"], match["spec"].replace(" ", "")


def exact_pin(spec):
    """The version of an exact '==X' pin, or None for ranges, wildcards and bare names."""
    if not spec.startswith("==") or spec.startswith("===") or "," in spec or "*" in spec:
        return None
    return spec[2:]


def audit(requirements_text, lock):
    """Compare requirements with ``lock`` (package name -> locked version).

    Returns {"unpinned": [name], "missing": [name], "mismatched": [(name, pinned, locked)],
    "duplicate": [name]}.
    """
    locked_versions = {canonical(name): version for name, version in lock.items()}
    report = {"unpinned": [], "missing": [], "mismatched": [], "duplicate": []}
    seen = set()
    for raw in requirements_text.splitlines():
        parsed = parse_line(raw)
        if parsed is None:
            continue
        name, spec = parsed
        key = canonical(name)
        if key in seen:
            report["duplicate"].append(name)
            continue
        seen.add(key)
        pinned = exact_pin(spec)
        if pinned is None:
            report["unpinned"].append(name)
            continue
        locked = locked_versions.get(name)
        if locked is None:
            report["missing"].append(name)
        elif locked != pinned:
            report["mismatched"].append((name, pinned, locked))
    return report


def is_clean(report):
    return not any(report.values())
