"""Check an agent's proposed plan against the tools it may use, before running any step.

A plan is a list of steps: {"id": "s1", "tool": "search", "args": {...},
"after": ["s0"], "approved": True}. The allow-list maps each tool name to its rules:
{"required": [...], "optional": [...], "max_calls": 2, "needs_approval": True}.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

Step = dict[str, Any]
Rules = dict[str, Any]


def check_plan(plan: list[Step], allowed: dict[str, Rules]) -> list[str]:
    """Problems found, in plan order; an empty list means the plan may run."""
    problems: list[str] = []
    calls: Counter[str] = Counter()
    earlier: set[str] = set()
    for number, step in enumerate(plan, start=1):
        step_id = str(step.get("id", number))
        tool = step.get("tool", "")
        rules = allowed.get(tool)
        if rules is None:
            problems.append(f"{step_id}: tool {tool!r} is not allowed")
        else:
            calls[tool] += 1
            problems += _check_step(step_id, step, rules, calls[tool])
        for dependency in step.get("after", []):
            if dependency not in earlier:
                problems.append(f"{step_id}: depends on {dependency!r}, which has not run yet")
        earlier.add(step_id)
    return problems


def _check_step(step_id: str, step: Step, rules: Rules, call_number: int) -> list[str]:
    problems: list[str] = []
    limit = rules.get("limit")
    if limit is not None and call_number > limit:
        problems.append(f"{step_id}: {step['tool']} used more than {limit} times")
    args = step.get("args", {})
    required = rules.get("required", [])
    for name in required:
        if name not in args:
            problems.append(f"{step_id}: missing argument {name!r}")
    known = set(required) | set(rules.get("optional", []))
    for name in sorted(set(args) - known):
        problems.append(f"{step_id}: unexpected argument {name!r}")
    if rules.get("needs_approval"):
        problems.append(f"{step_id}: {step['tool']} needs approval")
    return problems
