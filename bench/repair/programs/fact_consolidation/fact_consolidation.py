"""Consolidate an agent's episodic notes into long-term facts.

A note, as the note taker writes it:
    {"session": "s-41", "turn": 3, "at": 1718000000, "subject": "user.city", "value": "Lyon"}
"turn" counts from 0 within its session; "at" is the unix time the note was taken.
A value becomes a fact once it was noted in at least `min_sessions` different sessions.
When a subject has several such values, the one noted most recently wins.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

Note = dict[str, Any]


@dataclass(frozen=True)
class Fact:
    value: str
    sessions: int
    last_noted: int


def consolidate(notes: list[Note], min_sessions: int = 2) -> dict[str, Fact]:
    seen_in: dict[tuple[str, str], set[str]] = defaultdict(set)
    latest: dict[tuple[str, str], int] = {}
    for note in notes:
        key = (note["subject"].strip().lower(), note["value"].strip())
        seen_in[key].add(note["session"])
        latest[key] = max(latest.get(key, 0), note["turn"])

    facts: dict[str, Fact] = {}
    for (subject, value), sessions in seen_in.items():
        if len(sessions) < min_sessions:
            continue
        candidate = Fact(value, len(sessions), latest[(subject, value)])
        current = facts.get(subject)
        if current is None or candidate.last_noted > current.last_noted:
            facts[subject] = candidate
    return facts


def profile_lines(facts: dict[str, Fact]) -> list[str]:
    """Facts for the system prompt, best-supported first, then by subject."""
    ranked = sorted(facts.items(), key=lambda item: (-item[1].sessions, item[0]))
    return [f"{subject} = {fact.value} (seen in {fact.sessions} sessions)"
            for subject, fact in ranked]
