"""Cycle detection in a directed dependency graph (depth-first search with three colours)."""

from collections.abc import Mapping, Sequence

WHITE, GREY, BLACK = 0, 1, 2

Graph = Mapping[str, Sequence[str]]


def find_cycle(graph: Graph) -> list[str] | None:
    """One cycle as a closed path [a, b, ..., a], or None if the graph is acyclic.

    Nodes that only appear as a dependency (never as a key) have no outgoing edges.
    """
    colour: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        colour[node] = GREY
        path.append(node)
        for dependency in graph.get(node, ()):
            state = colour.get(dependency, WHITE)
            if state == GREY:
                return path[path.index(dependency):] + [dependency]
            if state == WHITE:
                cycle = visit(dependency)
                if cycle is not None:
                    return cycle
        path.pop()
        return None

    for node in graph:
        if colour.get(node, WHITE) == WHITE:
            cycle = visit(node)
            if cycle is not None:
                return cycle
    return None


def has_cycle(graph: Graph) -> bool:
    return find_cycle(graph) is not None


def describe_cycle(graph: Graph) -> str:
    """Message for a user whose package dependencies form a loop."""
    cycle = find_cycle(graph)
    if cycle is None:
        return "no dependency cycle"
    return "dependency cycle: " + " -> ".join(cycle)
