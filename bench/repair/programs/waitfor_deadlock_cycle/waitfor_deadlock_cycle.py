"""Deadlock detection on a wait-for graph between agents.

``waits`` maps an agent to the agents it is waiting on.  A deadlock is a
cycle in this graph.  ``find_cycle`` returns one cycle (as a list of
agents, rotated to start at the smallest name) or None; ``resolve`` aborts
agents until no cycle remains.
"""


def find_cycle(waits):
    nodes = sorted(set(waits) | {v for targets in waits.values() for v in targets})
    on_stack, done = set(), set()
    path = []

    def visit(node):
        on_stack.add(node)
        path.append(node)
        for nxt in sorted(waits.get(node, ())):
            if nxt in on_stack:
                return path[path.index(nxt):]
            if nxt not in done:
                found = visit(nxt)
                if found:
                    return found
        done.add(node)
        path.pop()
        return None

    for node in nodes:
        if node not in done:
            cycle = visit(node)
            if cycle:
                start = cycle.index(min(cycle))
                return cycle[start:] + cycle[:start]
    return None


def resolve(waits, priority):
    """Abort the lowest-priority agent of each cycle; return the victims in order."""
    graph = {a: set(targets) for a, targets in waits.items()}
    victims = []
    while True:
        cycle = find_cycle(graph)
        if cycle is None:
            return victims
        victim = min(cycle, key=lambda a: (priority.get(a, 0), a))
        victims.append(victim)
        graph.pop(victim, None)
        for targets in graph.values():
            targets.discard(victim)
