"""Turn npm-style caret, tilde and comparison constraints into half-open version ranges."""


def _numbers(text):
    parts = text.strip().lstrip("v").split(".")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"bad version in constraint: {text!r}")
    return [int(p) for p in parts]


def _pad(numbers):
    return tuple(numbers + [0] * (3 - len(numbers)))


def _bump(numbers, index):
    """Increment numbers[index] and zero everything after it."""
    return _pad(numbers[:index] + [numbers[index] + 1])


def caret(text):
    """^1.2.3 := >=1.2.3 <2.0.0 -- the left-most non-zero part given may not change."""
    numbers = _numbers(text)
    index = next((i for i, n in enumerate(numbers) if n != 0), 0)
    return _pad(numbers), _bump(numbers, index)


def tilde(text):
    """~1.2.3 := >=1.2.3 <1.3.0, and ~1 := >=1.0.0 <2.0.0."""
    numbers = _numbers(text)
    return _pad(numbers), _bump(numbers, 1 if len(numbers) > 1 else 0)


def interval(constraint):
    """Return (lower, upper): lower inclusive, upper exclusive, None when unbounded."""
    constraint = constraint.strip()
    if constraint.startswith("^"):
        return caret(constraint[1:])
    if constraint.startswith("~"):
        return tilde(constraint[1:])
    lower, upper = (0, 0, 0), None
    for part in constraint.replace(",", " ").split():
        if part.startswith(">="):
            lower = max(lower, _pad(_numbers(part[2:])))
        elif part.startswith("<") and not part.startswith("<="):
            bound = _pad(_numbers(part[1:]))
            upper = bound if upper is None else min(upper, bound)
        else:
            raise ValueError(f"unsupported comparator: {part!r}")
    return lower, upper


def allows(constraint, version):
    """True when `version` (a plain MAJOR.MINOR.PATCH) falls inside the constraint."""
    lower, upper = interval(constraint)
    value = _pad(_numbers(version))
    return lower <= value and (upper is None or value < upper)
