"""Carry progress over when an agent rewrites its plan: a step of the new plan that
matches a step of the old one (ignoring case, spacing and a trailing period) keeps its
status and attempt count; done steps that the new plan no longer has are reported."""

import re
from dataclasses import dataclass


@dataclass
class Step:
    text: str
    done: bool = False
    attempts: int = 0


@dataclass
class Revision:
    steps: list[Step]
    dropped_done: list[str]  # old steps that were finished but are gone from the plan


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").lower()


def revise(old: list[Step], new_texts: list[str]) -> Revision:
    pool: dict[str, list[Step]] = {}
    for step in old:
        pool.setdefault(normalise(step.text), []).append(step)
    steps: list[Step] = []
    for text in new_texts:
        matches = pool.get(normalise(text))
        if matches:
            prior = matches.pop(0)
            steps.append(Step(text.strip(), prior.done, prior.attempts))
        else:
            steps.append(Step(text.strip()))
    dropped = [step.text for left in pool.values() for step in left]
    return Revision(steps, dropped)


def next_step(steps: list[Step]) -> Step | None:
    return next((step for step in steps if not step.done), None)


def checklist(steps: list[Step]) -> str:
    lines = []
    for step in steps:
        mark = "x" if step.done else " "
        retry = f" (tried {step.attempts}x)" if step.attempts and not step.done else ""
        lines.append(f"[{mark}] {step.text}{retry}")
    return "\n".join(lines)
