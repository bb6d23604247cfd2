"""Work stealing between sub-agents.

Each agent owns a deque of jobs and works on its newest job first. An agent that runs
dry steals the older half of the longest queue among the others, oldest job first, so
the jobs that have waited longest move to the idle agent.
"""

from collections import deque


class StealingPool:
    def __init__(self, agents: list[str]) -> None:
        self.queues: dict[str, deque[str]] = {name: deque() for name in agents}
        self.stolen: dict[str, int] = {name: 0 for name in agents}

    def submit(self, agent: str, *jobs: str) -> None:
        self.queues[agent].extend(jobs)

    def victim_for(self, thief: str) -> str | None:
        """The other agent with the longest queue (the first listed on ties); it must
        hold at least two jobs, since stealing a lone job only moves the wait around."""
        victim = None
        for name, queue in self.queues.items():
            if name == thief or len(queue) < 2:
                continue
            if victim is None or len(queue) > len(self.queues[victim]):
                victim = name
        return victim

    def steal(self, thief: str) -> list[str]:
        victim = self.victim_for(thief)
        if victim is None:
            return []
        source = self.queues[victim]
        taken = [source.pop() for _ in range(len(source) // 2)]
        self.queues[thief].extend(taken)
        self.stolen[thief] += len(taken)
        return taken

    def next_job(self, agent: str) -> str | None:
        """The agent's newest job, after stealing if its own queue is empty."""
        queue = self.queues[agent]
        if not queue:
            self.steal(agent)
        return queue.pop() if queue else None

    def run(self) -> list[tuple[str, str]]:
        """Round-robin over the agents, one job each per turn, until no work is left."""
        done: list[tuple[str, str]] = []
        while any(self.queues.values()):
            for agent in self.queues:
                job = self.next_job(agent)
                if job is not None:
                    done.append((agent, job))
        return done
