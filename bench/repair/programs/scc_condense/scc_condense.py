"""Strongly connected components (Kosaraju) and the condensed graph between them."""

Graph = dict[str, list[str]]


def _finish_order(graph: Graph, nodes: list[str]) -> list[str]:
    """Nodes in the order their depth-first search finishes (iterative: no recursion limit)."""
    seen: set[str] = set()
    order: list[str] = []
    for root in nodes:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(graph.get(root, [])))]
        while stack:
            node, children = stack[-1]
            for child in children:
                if child not in seen:
                    seen.add(child)
                    stack.append((child, iter(graph.get(child, []))))
                    break
            else:
                stack.pop()
                order.append(node)
    return order


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Components, each sorted, listed in topological order of the condensation."""
    nodes = sorted(set(graph) | {target for targets in graph.values() for target in targets})
    reverse: Graph = {}
    for source, targets in graph.items():
        for target in targets:
            reverse.setdefault(target, []).append(source)
    assigned: set[str] = set()
    components: list[list[str]] = []
    for root in reversed(_finish_order(graph, nodes)):
        if root in assigned:
            continue
        assigned.add(root)
        members: list[str] = []
        stack = [root]
        while stack:
            node = stack.pop()
            members.append(node)
            for other in graph.get(node, []):
                if other not in assigned:
                    assigned.add(other)
                    stack.append(other)
        components.append(sorted(members))
    return components


def condensation(graph: Graph) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """Components plus the edges between them, as (from index, to index) pairs."""
    components = strongly_connected(graph)
    index = {node: number for number, members in enumerate(components) for node in members}
    edges = {
        (index[source], index[target])
        for source, targets in graph.items()
        for target in targets
        if index[source] != index[target]
    }
    return components, edges


def is_strongly_connected(graph: Graph) -> bool:
    return len(strongly_connected(graph)) <= 1
