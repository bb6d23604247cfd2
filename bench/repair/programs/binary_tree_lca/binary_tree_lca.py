"""Binary trees built from level-order lists, with lowest-common-ancestor queries."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass
class Node:
    key: int
    left: Node | None = None
    right: Node | None = None


def from_level_order(values: list[int | None]) -> Node | None:
    """Build a tree from a level-order list where None marks a missing child."""
    if not values or values[0] is None:
        return None
    root = Node(values[0])
    queue = deque([root])
    index = 1
    while queue and index < len(values):
        node = queue.popleft()
        left = values[index]
        if left is not None:
            node.left = Node(left)
            queue.append(node.left)
        index += 1
        right = values[index] if index < len(values) else None
        if right is not None:
            node.right = Node(right)
            queue.append(node.right)
        index += 1
    return root


def lowest_common_ancestor(root: Node | None, a: int, b: int) -> Node | None:
    """Deepest node with both keys in its subtree; a node is its own descendant.

    Both keys are expected to be in the tree.
    """
    if root is None or root.key == a:
        return root
    left = lowest_common_ancestor(root.left, a, b)
    right = lowest_common_ancestor(root.right, a, b)
    if left is not None and right is not None:
        return root
    return left if left is not None else right


def depth_of(root: Node | None, key: int) -> int:
    """Edges from root down to key, or -1 when key is not below root."""
    if root is None:
        return -1
    if root.key == key:
        return 0
    below = max(depth_of(root.left, key), depth_of(root.right, key))
    return below + 1 if below >= 0 else -1


def distance(root: Node | None, a: int, b: int) -> int:
    """Number of edges on the path between the nodes holding a and b."""
    ancestor = lowest_common_ancestor(root, a, b)
    return depth_of(ancestor, a) + depth_of(ancestor, b)
