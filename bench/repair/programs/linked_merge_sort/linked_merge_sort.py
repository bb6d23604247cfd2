"""Stable merge sort of a singly linked list, relinking the nodes instead of copying values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(eq=False)
class Node:
    value: Any
    next: Node | None = None


def from_iterable(values: Iterable[Any]) -> Node | None:
    head: Node | None = None
    tail: Node | None = None
    for value in values:
        node = Node(value)
        if tail is None:
            head = node
        else:
            tail.next = node
        tail = node
    return head


def iterate(head: Node | None) -> Iterator[Any]:
    while head is not None:
        yield head.value
        head = head.next


def _split(head: Node) -> Node | None:
    """Cuts the list after its middle node and returns the second half."""
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    second = slow.next
    slow.next = None
    return second


def _merge(left: Node | None, right: Node | None, key: Callable[[Any], Any]) -> Node | None:
    anchor = Node(None)
    tail = anchor
    while left is not None and right is not None:
        if key(right.value) < key(left.value):
            tail.next, right = right, right.next
        else:
            tail.next, left = left, left.next
    tail.next = left if left is not None else right
    return anchor.next


def merge_sort(head: Node | None, key: Callable[[Any], Any] = lambda v: v) -> Node | None:
    if head is None or head.next is None:
        return head
    second = _split(head)
    return _merge(merge_sort(head, key), merge_sort(second, key), key)
