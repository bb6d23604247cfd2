"""Period-over-period changes of dashboard metrics, worded the way the weekly report shows them."""

from collections.abc import Mapping


def percent_change(previous: float, current: float) -> float | None:
    """Change relative to the previous period, in percent; None when there is no baseline."""
    if previous == 0:
        return None
    return (current - previous) / abs(current) * 100


def describe(previous: float, current: float, is_rate: bool = False, decimals: int = 1) -> str:
    """'+25.0%', '-3.2%', 'flat', 'new' (from zero) or, for rates such as conversion,
    the difference in percentage points: '+1.5 pp'."""
    if is_rate:
        points = round((current - previous) * 100, decimals)
        return "flat" if points == 0 else f"{points:+.{decimals}f} pp"
    change = percent_change(previous, current)
    if change is None:
        return "flat" if current == 0 else "new"
    change = round(change, decimals)
    return "flat" if change == 0 else f"{change:+.{decimals}f}%"


def report(previous: Mapping[str, float], current: Mapping[str, float],
           rates: frozenset[str] = frozenset()) -> dict[str, str]:
    """One line per metric of the current period; metrics missing before count as new."""
    return {
        name: describe(previous.get(name, 0), value, is_rate=name in rates)
        for name, value in sorted(current.items())
    }


def top_movers(previous: Mapping[str, float], current: Mapping[str, float],
               limit: int = 3) -> list[tuple[str, float]]:
    """Metrics in both periods with the largest percent change either way, biggest first
    (ties by name); metrics without a baseline are left out."""
    changes = []
    for name in previous.keys() & current.keys():
        change = percent_change(previous[name], current[name])
        if change is not None:
            changes.append((name, change))
    changes.sort(key=lambda item: (-abs(item[1]), item[0]))
    return changes[:limit]
