"""Hand tasks to the least-loaded agent in a worker pool.

Every agent has the same capacity.  A task carries a cost (default 1); it
goes to the agent with the smallest current load that still has room for
it, ties broken by agent name.  Completing a task frees its cost again.
"""


class Overloaded(Exception):
    pass


class Dispatcher:
    def __init__(self, agents, capacity):
        self.capacity = capacity
        self.load = {agent: 0 for agent in agents}
        self.assigned = {}  # task -> (agent, cost)
        self.completed = {agent: 0 for agent in agents}

    def assign(self, task, cost=1):
        if task in self.assigned:
            return self.assigned[task][0]
        room = [a for a in self.load if self.load[a] + cost <= self.capacity]
        if not room:
            raise Overloaded(task)
        agent = min(room, key=lambda a: (self.load[a], a))
        self.load[agent] += cost
        self.assigned[task] = (agent, cost)
        return agent

    def complete(self, task):
        agent, cost = self.assigned.pop(task)
        self.completed[agent] += 1
        return agent

    def tasks_of(self, agent):
        return sorted(t for t, (a, _) in self.assigned.items() if a == agent)

    def remove_agent(self, agent):
        """Take an agent out of the pool and reassign its open tasks."""
        orphans = [(t, self.assigned.pop(t)[1]) for t in self.tasks_of(agent)]
        del self.load[agent]
        return {task: self.assign(task, cost) for task, cost in orphans}
