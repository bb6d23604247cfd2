"""Breadth-first views of a binary tree."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass
class Node:
    value: int
    left: Node | None = None
    right: Node | None = None


def levels(root: Node | None) -> list[list[int]]:
    """Values level by level, each level from left to right."""
    result: list[list[int]] = []
    queue = deque([root] if root else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.pop()
            level.append(node.value)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        result.append(level)
    return result


def right_side_view(root: Node | None) -> list[int]:
    """What you see looking at the tree from the right: the last value of every level."""
    return [level[-1] for level in levels(root)]


def zigzag(root: Node | None) -> list[list[int]]:
    """Levels alternating left-to-right and right-to-left, starting left-to-right."""
    return [level if depth % 2 == 0 else level[::-1] for depth, level in enumerate(levels(root))]


def widest_level(root: Node | None) -> int:
    """Depth (root = 0) of the level with the most nodes; the shallowest one on ties."""
    sizes = [len(level) for level in levels(root)]
    return sizes.index(max(sizes)) if sizes else -1
