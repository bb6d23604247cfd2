"""Retention plan for an agent workspace's snapshots (keep-last / daily / weekly).

Each snapshot is a dict with ``id``, ``taken_at`` (a datetime) and optionally
``pinned``.  Pinned snapshots are always kept.  Besides the ``keep_last`` newest
ones, the newest snapshot of each of the ``keep_daily`` most recent calendar days and
of each of the ``keep_weekly`` most recent ISO weeks is kept.  Everything else is
pruned.
"""


def _day(moment):
    return moment.date()


def _week(moment):
    year, week, _ = moment.isocalendar()
    return year, week


def plan_retention(snapshots, keep_last=0, keep_daily=0, keep_weekly=0):
    if min(keep_last, keep_daily, keep_weekly) < 0:
        raise ValueError("retention counts cannot be negative")
    ordered = sorted(snapshots, key=lambda snap: snap["taken_at"], reverse=True)
    reasons = {}

    def mark(snap, reason):
        reasons.setdefault(snap["id"], []).append(reason)

    for snap in ordered:
        if snap.get("pin"):
            mark(snap, "pinned")
    for snap in ordered[:keep_last]:
        mark(snap, "last")
    for reason, count, bucket in (("daily", keep_daily, _day), ("weekly", keep_weekly, _week)):
        seen = set()
        for snap in ordered:
            if len(seen) >= keep_daily:
                break
            key = bucket(snap["taken_at"])
            if key not in seen:
                seen.add(key)
                mark(snap, reason)
    prune = [snap["id"] for snap in ordered if snap["id"] not in reasons]
    return reasons, prune


def describe(snapshots, **policy):
    reasons, prune = plan_retention(snapshots, **policy)
    lines = [f"keep {sid}: {', '.join(why)}" for sid, why in sorted(reasons.items())]
    lines += [f"prune {sid}" for sid in sorted(prune)]
    return "\n".join(lines)
