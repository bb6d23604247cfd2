"""Fan-in: merge the results of fanned-out sub-agent tasks into one report."""


def merge_fanout(results, task_order):
    """Merge sub-task results that may arrive in any order.

    Each result is a dict such as
        {"task": "t1", "status": "ok", "items": [...],
         "usage": {"input_tokens": 120, "output_tokens": 40}}
    or, for a failed attempt,
        {"task": "t2", "status": "error", "error": "rate limited",
         "usage": {...}}.

    A retried task may report several times: its last ok result wins and
    clears an earlier error, while an error after an ok result is ignored.
    Usage is summed over every report, since every attempt was billed.
    Items are concatenated in `task_order`.
    """
    usage = {"input_tokens": 0, "output_tokens": 0}
    ok = {}
    errors = {}
    for res in results:
        for key in usage:
            usage[key] = res.get("usage", {}).get(key, 0)
        task = res["task"]
        if res["status"] == "ok":
            ok[task] = res
            errors.pop(task, None)
        elif task not in ok:
            errors[task] = res.get("message", "unknown error")

    items = []
    for task in task_order:
        if task in ok:
            items.extend(ok[task]["items"])
    missing = [task for task in task_order if task not in ok and task not in errors]
    return {
        "items": items,
        "usage": usage,
        "errors": errors,
        "missing": missing,
        "complete": not errors and not missing,
    }
