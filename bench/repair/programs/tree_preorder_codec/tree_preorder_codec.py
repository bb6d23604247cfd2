"""Compact preorder serialization of binary trees, e.g. "1,2,#,#,3,#,#"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

MISSING = "#"


@dataclass
class TreeNode:
    value: int
    left: TreeNode | None = None
    right: TreeNode | None = None


def preorder_tokens(node: TreeNode | None) -> Iterator[str]:
    if node is None:
        yield MISSING
        return
    yield str(node.value)
    yield from preorder_tokens(node.left)
    yield from preorder_tokens(node.right)


def inorder(node: TreeNode | None) -> Iterator[int]:
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def serialize(root: TreeNode | None, sep: str = ",") -> str:
    return sep.join(preorder_tokens(root))


def deserialize(text: str, sep: str = ",") -> TreeNode | None:
    tokens = iter(text.split(sep))

    def build() -> TreeNode | None:
        token = next(tokens, None)
        if token is None:
            raise ValueError("serialized tree ends too early")
        token = token.strip()
        if token == MISSING:
            return None
        node = TreeNode(int(token))
        node.left = build()
        return node

    root = build()
    if next(tokens, None) is not None:
        raise ValueError("unexpected tokens after the tree")
    return root
