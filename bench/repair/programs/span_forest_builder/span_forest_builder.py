"""Assemble finished trace spans into trees for display.

Each event is a dict with ``span_id``, ``parent_id`` (None for a root), ``name``, ``start``
and ``end`` in seconds. Spans whose parent never arrived are kept as roots, so a partial
trace still renders. Children are ordered by start time.
"""

from dataclasses import dataclass, field


@dataclass
class SpanNode:
    span_id: str
    name: str
    start: float
    end: float
    children: list = field(default_factory=list)

    @property
    def duration(self):
        return self.end - self.start

    @property
    def self_time(self):
        """Time spent in this span and not in any of its direct children."""
        return self.duration - sum(child.duration for child in self.children)


def build_forest(events):
    nodes = {}
    for event in events:
        nodes[event["span_id"]] = SpanNode(
            event["span_id"], event["name"], event["start"], event["end"]
        )
    roots = []
    for event in events:
        node = nodes[event["span_id"]]
        parent = nodes.get(event.get("parent_span_id"))
        if parent is None or parent is node:
            roots.append(node)
        else:
            parent.children.append(node)
    for node in nodes.values():
        node.children.sort(key=lambda child: child.start)
    roots.sort(key=lambda root: root.start)
    return roots


def walk(nodes, depth=0):
    """Yield (depth, node) pairs in display order."""
    for node in nodes:
        yield depth, node
        yield from walk(node.children, depth + 1)


def render(roots):
    return "\n".join(
        f"{'  ' * depth}{node.name} {node.duration * 1000:.0f}ms" for depth, node in walk(roots)
    )
