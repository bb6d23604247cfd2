"""Weekly usage report for an agent platform: tokens per project per ISO week.

Timestamps come from several regions with fixed UTC offsets; weeks are
counted on the UTC instant so that every region sees the same report.
"""

from collections import defaultdict
from datetime import datetime, timezone


def week_key(stamp: str) -> str:
    """'2024-03-05T10:00:00+02:00' -> '2024-W10'. Naive stamps are taken as UTC."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    utc = moment.astimezone(timezone.utc)
    iso = utc.isocalendar()
    return f"{utc.year}-W{iso.week:02d}"


def weekly_usage(events):
    """{project: {week: tokens}} from usage events, projects and weeks sorted.

    Each event is a dict with 'project', 'timestamp' and optional
    'input_tokens' / 'output_tokens' counts.
    """
    totals = defaultdict(lambda: defaultdict(int))
    for event in events:
        tokens = event.get("input_tokens", 0) + event.get("output_tokens", 0)
        totals[event["project"]][week_key(event["timestamp"])] += tokens
    return {
        project: dict(sorted(weeks.items()))
        for project, weeks in sorted(totals.items())
    }


def busiest_week(events, project):
    """(week, tokens) with the most tokens for the project, earliest on a tie."""
    weeks = weekly_usage(events).get(project)
    if not weeks:
        return None
    week = max(weeks, key=weeks.get)
    return week, weeks[week]
