"""Compare the tool outputs of two recorded agent runs, call by call.

Each run is a list of records ``{"call_id", "tool", "output"}`` where ``output`` is a
flat dict.  Volatile fields (timestamps, latencies, request ids) are ignored; numbers
count as equal when within ``rel_tol`` relative or ``abs_tol`` absolute difference.
"""
import math

VOLATILE = frozenset({"timestamp", "latency_ms", "request_id"})


def _same(a, b, rel_tol, abs_tol):
    numeric = (int, float)
    if (isinstance(a, numeric) and isinstance(b, numeric)
            and not isinstance(a, bool) and not isinstance(b, bool)):
        return math.isclose(a, b, rel_tol=rel_tol)
    return a == b


def field_changes(old, new, ignore=VOLATILE, rel_tol=1e-6, abs_tol=1e-9):
    """Sorted list of (field, old_value, new_value); a missing side is None."""
    changes = []
    for key in sorted(set(old) | set(new)):
        if key in ignore:
            continue
        if key not in old or key not in new:
            changes.append((key, old.get(key), new.get(key)))
        elif not _same(old[key], new[key], rel_tol, abs_tol):
            changes.append((key, old[key], new[key]))
    return changes


def drift_report(baseline, candidate, ignore=VOLATILE, rel_tol=1e-6, abs_tol=1e-9):
    before = {rec["call_id"]: rec for rec in baseline}
    after = {rec["call_id"]: rec for rec in candidate}
    report = {"missing": [], "extra": [], "changed": {}}
    for call_id, rec in before.items():
        if call_id not in after:
            report["missing"].append(call_id)
            continue
        other = after[call_id]
        if other["tool"] != rec["tool"]:
            report["changed"][call_id] = [("tool", rec["tool"], other["tool"])]
            continue
        changes = field_changes(rec["output"], other["output"], ignore, rel_tol, abs_tol)
        if changes:
            report["changed"][call_id] = changes
    report["extra"] = [call_id for call_id in after if call_id not in before]
    return report


def summary(report):
    return (f"{len(report['changed'])} changed, {len(report['missing'])} missing, "
            f"{len(report['extra'])} extra")
