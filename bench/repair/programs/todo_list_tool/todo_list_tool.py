"""The todo tool an agent plans with: write the whole list, then move items along."""

import json
from collections import Counter
from typing import Any

STATUSES = ("pending", "in_progress", "completed")


class TodoError(ValueError):
    """A bad call; the message goes back to the model as the tool result."""


class TodoList:
    def __init__(self) -> None:
        self.items: dict[str, dict[str, str]] = {}
        self.counts: Counter[str] = Counter()

    def write(self, args: dict[str, Any]) -> str:
        """Replace the whole list.

        args are the tool call's arguments, {"todos": [{"id", "content", "status"}, ...]},
        either decoded or as the JSON text some providers send. A missing status is
        "pending"; at most one item may be in_progress.
        """
        items: dict[str, dict[str, str]] = {}
        for todo in args["todos"]:
            status = todo.get("status", "pending")
            if status not in STATUSES:
                raise TodoError(f"unknown status {status!r}")
            if todo["id"] in items:
                raise TodoError(f"duplicate id {todo['id']!r}")
            items[todo["id"]] = {"content": todo["content"], "status": status}
        if sum(item["status"] == "in_progress" for item in items.values()) > 1:
            raise TodoError("only one todo may be in_progress at a time")
        self.items = items
        self.counts = Counter(item["status"] for item in items.values())
        return self.summary()

    def update(self, todo_id: str, status: str) -> str:
        """Set one item's status."""
        if todo_id not in self.items:
            raise TodoError(f"no todo with id {todo_id!r}")
        if status not in STATUSES:
            raise TodoError(f"unknown status {status!r}")
        item = self.items[todo_id]
        if status == "in_progress" and item["status"] != status and self.counts[status]:
            raise TodoError("another todo is already in_progress; finish it first")
        self.counts[status] += 1
        item["status"] = status
        return self.summary()

    def export(self) -> str:
        """The list as JSON, in the shape write() takes, for the session transcript."""
        todos = [{"id": todo_id, **item} for todo_id, item in self.items.items()]
        return json.dumps({"todos": todos})

    def summary(self) -> str:
        """What the model sees after each call."""
        current = [item["content"] for item in self.items.values()
                   if item["status"] == "in_progress"]
        line = f"{self.counts['completed']}/{len(self.items)} completed"
        return f"{line}; now: {current[0]}" if current else line
