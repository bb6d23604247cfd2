"""Tasks files: JSON Lines, one ``{"id": ..., "input": ..., "expected": ...?}`` object a line."""

from __future__ import annotations

import json
from pathlib import Path

from selfpatch.errors import UserError
from selfpatch.types import Task


def load_tasks(path: Path) -> list[Task]:
    """Every task of the file, validated; a user error names the first bad line."""
    if not path.is_file():
        raise UserError(f"tasks file {path} not found: give the path of a JSON Lines file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text: save it as UTF-8 JSON Lines") from None
    tasks: list[Task] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            task = _parse_line(path, number, line)
            if task.id in seen:
                raise UserError(f"{path.name} line {number}: duplicate task id {task.id!r}")
            seen.add(task.id)
            tasks.append(task)
    if not tasks:
        raise UserError(f"{path} has no tasks: add one JSON object per line")
    return tasks


def _parse_line(path: Path, number: int, line: str) -> Task:
    where = f"{path.name} line {number}"
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UserError(f"{where}: not valid JSON ({exc.msg}): fix or remove the line") from None
    if not isinstance(raw, dict):
        raise UserError(f'{where}: must be a JSON object like {{"id": ..., "input": ...}}')
    if not isinstance(raw.get("id"), str | int) or isinstance(raw.get("id"), bool):
        raise UserError(f'{where}: needs an "id" (a string or an integer)')
    if "input" not in raw:
        raise UserError(f'{where}: needs an "input"')
    raw["id"] = str(raw["id"])
    return Task(id=raw["id"], input=raw["input"], raw=raw)
