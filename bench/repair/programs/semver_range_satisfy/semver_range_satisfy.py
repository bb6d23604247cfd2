"""npm-style version ranges: comparators, caret, tilde and '||' alternatives (full versions only).

As in npm, a pre-release such as 1.2.4-beta.1 is only matched by a comparator set that names a
pre-release of the same major.minor.patch.
"""

import re

_VERSION = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")
_TOKEN = re.compile(r"^(<=|>=|<|>|=|\^|~)?(.+)$")


def parse_version(text):
    match = _VERSION.match(text.strip())
    if match is None:
        raise ValueError(f"bad version: {text!r}")
    pre = tuple(int(p) if p.isdigit() else p for p in match[4].split(".")) if match[4] else ()
    return (int(match[1]), int(match[2]), int(match[3])), pre


def _key(version):
    core, pre = version
    # a release sorts after its pre-releases; numeric identifiers sort before alphanumeric ones
    return core, ((1,) if not pre else (0, tuple((isinstance(p, str), p) for p in pre)))


def _expand(token):
    """One range token -> list of (operator, version) comparators."""
    op, text = _TOKEN.match(token).groups()
    version = parse_version(text)
    (major, minor, patch), _ = version
    if op == "^":
        if major:
            upper = (major + 1, 0, 0)
        elif minor:
            upper = (0, minor + 1, 0)
        else:
            upper = (0, 0, patch)
        return [(">=", version), ("<", (upper, ()))]
    if op == "~":
        return [(">=", version), ("<", ((major, minor + 1, 0), ()))]
    return [(op or "=", version)]


_TESTS = {
    "=": lambda a, b: a == b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


def _allows(version, comparators):
    if not all(_TESTS[op](_key(version), _key(bound)) for op, bound in comparators):
        return False
    core, pre = version
    if not pre:
        return True
    return any(bound_pre or bound_core == core for _, (bound_core, bound_pre) in comparators)


def satisfies(version_text, range_text):
    version = parse_version(version_text)
    for alternative in range_text.split("||"):
        comparators = [c for token in alternative.split() for c in _expand(token)]
        if _allows(version, comparators):
            return True
    return False


def max_satisfying(versions, range_text):
    matching = [v for v in versions if satisfies(v, range_text)]
    return max(matching, key=lambda v: _key(parse_version(v)), default=None)
