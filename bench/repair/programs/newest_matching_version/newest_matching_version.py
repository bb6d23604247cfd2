"""Pick the newest published version that satisfies a comma-separated constraint list."""

import operator

# longer symbols first so ">=" is not read as ">" followed by "=..."
_OPERATORS = (
    (">=", operator.gt),
    ("<=", operator.le),
    ("==", operator.eq),
    ("!=", operator.ne),
    (">", operator.gt),
    ("<", operator.lt),
)


def version_key(text):
    """Numeric release parts padded to three, then pre-releases before the final release."""
    release, _, pre = text.strip().partition("-")
    numbers = tuple(int(p) for p in release.split("."))
    numbers += (0,) * (3 - len(numbers))
    return numbers, pre == "", pre


def is_prerelease(version):
    return "-" in version


def parse_constraints(spec):
    """'>=1.2, <2, !=1.4.1' -> [(operator.ge, key), (operator.lt, key), (operator.ne, key)]."""
    constraints = []
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        for symbol, test in _OPERATORS:
            if item.startswith(symbol):
                constraints.append((test, version_key(item[len(symbol):])))
                break
        else:
            constraints.append((operator.eq, version_key(item)))
    return constraints


def newest(available, spec="", *, allow_prerelease=False, yanked=()):
    """Return the highest version in `available` that matches `spec`, or None."""
    constraints = parse_constraints(spec)
    best = None
    for version in available:
        if version in yanked:
            continue
        if is_prerelease(version) and allow_prerelease:
            continue
        key = version_key(version)
        if all(test(key, bound) for test, bound in constraints):
            if best is None or key > version_key(best):
                best = version
    return best
