"""Roll per-task eval scores up into per-category and overall averages.

Rows come from the grader as dicts with "task_id", "score" and an optional
"category". A task may be graded more than once (retries); only its latest
row counts. The overall figures are reported both ways: micro (every task
weighs the same) and macro (every category weighs the same).
"""

UNCATEGORIZED = "uncategorized"


def latest_rows(rows):
    """Keep only the last row seen for each task id, in first-seen order."""
    latest = {}
    for row in rows:
        latest[row["task_id"]] = row
    return list(latest.values())


def per_category(rows):
    """Return {category: {"tasks": n, "mean": m, "solved": s}}."""
    totals = {}
    counts = {}
    solved = {}
    for row in latest_rows(rows):
        category = row.get("category") or UNCATEGORIZED
        score = float(row["score"])
        totals[category] = totals.get(category, 0.0) + score
        counts[category] = counts.get(category, 0) + 1
        solved[category] = solved.get(category, 0) + (score >= 1.0)
    return {
        category: {
            "tasks": counts[category],
            "mean": round(totals[category] / counts[category], 4),
            "solved": solved[category],
        }
        for category in sorted(totals)
    }


def rollup(rows):
    """Per-category table plus micro and macro overall means."""
    categories = per_category(rows)
    if not categories:
        return {"categories": {}, "micro": 0.0, "macro": 0.0, "tasks": 0}
    scores = [float(row["score"]) for row in latest_rows(rows)]
    n_tasks = len(scores)
    micro = sum(scores) / n_tasks
    macro = sum(c["mean"] for c in categories.values()) / n_tasks
    return {
        "categories": categories,
        "micro": round(micro, 4),
        "macro": round(macro, 4),
        "tasks": n_tasks,
    }


def weakest_category(rows):
    """Name of the category with the lowest mean (ties: alphabetical)."""
    categories = per_category(rows)
    if not categories:
        return None
    return min(categories, key=lambda name: (categories[name]["mean"], name))
