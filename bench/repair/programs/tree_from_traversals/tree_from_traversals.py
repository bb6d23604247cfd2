"""Rebuild a binary tree from its preorder and inorder traversals."""

from collections import deque


class Node:
    __slots__ = ("value", "left", "right")

    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(preorder, inorder):
    """Return the root of the unique tree with these traversals (values must be distinct)."""
    if len(preorder) != len(inorder):
        raise ValueError("traversals have different lengths")
    if not preorder:
        return None
    value = preorder[0]
    try:
        i = inorder.index(value)
    except ValueError:
        raise ValueError(f"{value!r} is missing from the inorder traversal") from None
    left = build(preorder[1:i], inorder[:i])
    right = build(preorder[i + 1:], inorder[i + 1:])
    return Node(value, left, right)


def postorder(node):
    if node is None:
        return []
    return postorder(node.left) + postorder(node.right) + [node.value]


def levels(node):
    """Values level by level, left to right."""
    out = []
    queue = deque([(node, 0)] if node is not None else [])
    while queue:
        current, depth = queue.popleft()
        if depth == len(out):
            out.append([])
        out[depth].append(current.value)
        for child in (current.left, current.right):
            if child is not None:
                queue.append((child, depth + 1))
    return out


def height(node):
    """Number of nodes on the longest root-to-leaf path."""
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))
