"""Supervisor that moves stalled work between agents.

An agent reports progress on its task; a task with no progress for `stall_after`
seconds is taken away and handed to an idle agent that has not tried it yet. The
stalled agent is released for other work. After `max_attempts` agents have stalled on
the same task, or when nobody is left to try it, the task is abandoned. The caller
passes the time in.
"""

from dataclasses import dataclass, field


@dataclass
class Assignment:
    task: str
    agent: str
    last_progress: float
    tried: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Move:
    task: str
    from_agent: str
    to_agent: str | None  # None: abandoned


class Supervisor:
    def __init__(self, agents: list[str], stall_after: float = 30.0, max_attempts: int = 3) -> None:
        self.agents = agents
        self.stall_after = stall_after
        self.max_attempts = max_attempts
        self.active: dict[str, Assignment] = {}
        self.abandoned: list[str] = []

    def idle_agent(self, exclude: list[str]) -> str | None:
        busy = {assignment.agent for assignment in self.active.values()}
        return next((a for a in self.agents if a not in busy and a not in exclude), None)

    def assign(self, task: str, now: float) -> str | None:
        agent = self.idle_agent([])
        if agent is not None:
            self.active[task] = Assignment(task, agent, now)
        return agent

    def progress(self, task: str, now: float) -> None:
        self.active[task].last_progress = now

    def finish(self, task: str) -> None:
        del self.active[task]

    def sweep(self, now: float) -> list[Move]:
        """Reassign or abandon every stalled task, in task-name order."""
        moves: list[Move] = []
        for task in sorted(self.active):
            assignment = self.active[task]
            if now - assignment.last_progress < self.stall_after:
                continue
            del self.active[task]
            stalled = assignment.agent
            replacement = self.idle_agent(assignment.tried)
            assignment.tried.append(stalled)
            if replacement is None or len(assignment.tried) >= self.max_attempts:
                self.abandoned.append(task)
                moves.append(Move(task, stalled, None))
                continue
            assignment.agent, assignment.last_progress = replacement, now
            self.active[task] = assignment
            moves.append(Move(task, stalled, replacement))
        return moves
