"""Load an agent's saved memories from a JSON-lines file.

Each line holds an object with "id", "text" (a string), "importance" (a number from 0 to 1;
a string holding a number is accepted) and optionally "tags" (a list). Blank lines are
ignored. A line that is not valid JSON, lacks a required field or has a field of the wrong
type or out of range is skipped and its line number recorded; one bad line never stops the
load. When an id appears again, the later record replaces the earlier one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class MemoryRecord:
    id: str
    text: str
    importance: float
    tags: tuple[str, ...] = ()


@dataclass
class LoadResult:
    records: list[MemoryRecord] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)


def parse_record(line: str) -> MemoryRecord:
    raw = json.loads(line)
    importance = float(raw["importance"])
    if not 0.0 <= importance <= 1.0:
        raise ValueError(f"importance out of range: {importance}")
    if not isinstance(raw["text"], str):
        raise TypeError("text must be a string")
    tags = tuple(str(tag) for tag in raw.get("tags", ()))
    return MemoryRecord(str(raw["id"]), raw["text"], importance, tags)


def load_memories(lines) -> LoadResult:
    result = LoadResult()
    by_id: dict[str, MemoryRecord] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line)
        except json.JSONDecodeError:
            result.skipped.append(number)
            continue
        by_id[record.id] = record
    result.records = list(by_id.values())
    return result


def load_file(path: str) -> LoadResult:
    with open(path, encoding="utf-8") as handle:
        return load_memories(handle)
