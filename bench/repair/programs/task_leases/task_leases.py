"""In-memory work queue: workers lease tasks, then ack or nack them; failures are retried
until max_attempts, after which the task goes to the dead-letter list."""

from collections import deque
from dataclasses import dataclass
from typing import Any


@dataclass
class Task:
    id: str
    payload: Any
    attempts: int = 0
    last_error: str | None = None


class TaskQueue:
    def __init__(self, max_attempts: int = 3) -> None:
        self.max_attempts = max_attempts
        self._pending: deque[Task] = deque()
        self._leased: dict[str, Task] = {}
        self.dead_letters: list[Task] = []
        self.completed = 0

    def put(self, task_id: str, payload: Any) -> None:
        if task_id in self._leased or any(task.id == task_id for task in self._pending):
            raise ValueError(f"task {task_id!r} is already queued")
        self._pending.append(Task(task_id, payload))

    def claim(self) -> Task | None:
        """Lease the oldest pending task to a worker."""
        if not self._pending:
            return None
        task = self._pending.popleft()
        task.attempts += 1
        self._leased[task.id] = task
        return task

    def ack(self, task_id: str) -> Task:
        task = self._leased.pop(task_id)
        self.completed += 1
        return task

    def nack(self, task_id: str, error: str) -> Task:
        task = self._leased[task_id]
        task.last_error = error
        if task.attempts >= self.max_attempts:
            self.dead_letters.append(task)
        else:
            self._pending.append(task)
        return task

    @property
    def in_flight(self) -> int:
        return len(self._leased)

    def is_idle(self) -> bool:
        return not self._pending and not self._leased
