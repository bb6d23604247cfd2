"""A goal stack for an agent: the current goal is expanded into sub-goals, which are
worked on first to last; a goal can only be closed once none of its sub-goals is open."""

from dataclasses import dataclass


@dataclass
class Goal:
    name: str
    parent: str | None
    status: str = "open"  # "open", "done" or "abandoned"
    pending: int = 0  # sub-goals still open


class GoalStack:
    def __init__(self, root: str) -> None:
        self._goals: dict[str, Goal] = {root: Goal(root, None)}
        self._stack: list[str] = [root]

    def current(self) -> str | None:
        return self._stack[-1] if self._stack else None

    def path(self) -> list[str]:
        """Open goals from the root down to the current one."""
        chain: list[str] = []
        name = self.current()
        while name is not None:
            chain.append(name)
            name = self._goals[name].parent
        return chain[::-1]

    def expand(self, subgoals: list[str]) -> None:
        """Split the current goal into sub-goals; the first one becomes current."""
        parent = self.current()
        if parent is None:
            raise IndexError("no open goal to expand")
        for name in subgoals:
            if name in self._goals:
                raise ValueError(f"duplicate goal {name!r}")
        for name in reversed(subgoals):
            self._goals[name] = Goal(name, parent)
            self._stack.append(name)
        self._goals[parent].pending += len(subgoals)

    def complete(self) -> str:
        """Mark the current goal done and move on to the next open one."""
        goal = self._close("done")
        if goal.parent is not None:
            self._goals[goal.parent].pending -= 1
        return goal.name

    def abandon(self) -> str:
        """Give up on the current goal; its parent can still be completed without it."""
        goal = self._close("abandoned")
        return goal.name

    def _close(self, status: str) -> Goal:
        if not self._stack:
            raise IndexError("no open goal")
        goal = self._goals[self._stack[-1]]
        if goal.pending:
            raise ValueError(f"{goal.name!r} still has {goal.pending} open sub-goals")
        self._stack.pop()
        goal.status = status
        return goal

    def status(self, name: str) -> str:
        return self._goals[name].status

    def open_subgoals(self, name: str) -> int:
        return self._goals[name].pending
