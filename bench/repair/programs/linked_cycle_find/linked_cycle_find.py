"""Cycle detection in singly linked lists (Floyd's tortoise and hare)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(eq=False)
class Node:
    value: int
    next: Node | None = None


def build(values: list[int], loop_to: int | None = None) -> Node | None:
    """Linked list of values; the last node points back to index loop_to if given."""
    nodes = [Node(v) for v in values]
    for node, following in zip(nodes, nodes[1:]):
        node.next = following
    if nodes and loop_to is not None:
        nodes[-1].next = nodes[loop_to]
    return nodes[0] if nodes else None


def _meeting_point(head: Node | None) -> Node | None:
    slow = fast = head
    while fast is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head: Node | None) -> bool:
    return _meeting_point(head) is not None


def cycle_start(head: Node | None) -> Node | None:
    meet = _meeting_point(head)
    if meet is None:
        return None
    node = head
    while node is not meet:
        node = node.next
        meet = meet.next
    return node


def cycle_length(head: Node | None) -> int:
    meet = _meeting_point(head)
    if meet is None:
        return 0
    length, node = 1, meet.next
    while node is not meet:
        length, node = length + 1, node.next
    return length


def walk(head: Node | None) -> Iterator[int]:
    """Each node's value once, stopping before the list starts repeating."""
    start = cycle_start(head)
    node, entered = head, False
    while node is not None and not (entered and node is start):
        entered = entered or node is start
        yield node.value
        node = node.next
