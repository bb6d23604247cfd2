"""Huffman coding for short texts: build a prefix code, encode to a bit string, decode back."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass


@dataclass
class _Node:
    weight: int
    symbol: str | None = None
    left: _Node | None = None
    right: _Node | None = None


class HuffmanCode:
    def __init__(self, sample: str) -> None:
        if not sample:
            raise ValueError("cannot build a code from empty text")
        heap = [
            (weight, order, _Node(weight, symbol))
            for order, (symbol, weight) in enumerate(sorted(Counter(sample).items()))
        ]
        heapq.heapify(heap)
        order = len(heap)
        while len(heap) > 1:
            first = heapq.heappop(heap)[2]
            second = heapq.heappop(heap)[2]
            parent = _Node(first.weight + second.weight, left=first, right=second)
            heapq.heappush(heap, (parent.weight, order, parent))
            order += 1
        self.root = heap[0][2]
        self.codes: dict[str, str] = {}
        self._assign(self.root, "")

    def _assign(self, node: _Node, prefix: str) -> None:
        if node.symbol is not None:
            self.codes[node.symbol] = prefix or "0"  # a one-symbol text still needs a bit
            return
        assert node.left is not None and node.right is not None
        self._assign(node.left, prefix + "0")
        self._assign(node.right, prefix + "1")

    def encode(self, text: str) -> str:
        missing = set(text) - self.codes.keys()
        if missing:
            raise ValueError(f"symbols not in the code: {sorted(missing)}")
        return "".join(self.codes[symbol] for symbol in text)

    def decode(self, bits: str) -> str:
        if self.root.symbol is not None:
            return self.root.symbol * len(bits)
        out: list[str] = []
        node = self.root
        for bit in bits:
            child = node.left if bit == "0" else node.right
            assert child is not None
            node = child
            if node.symbol is not None:
                out.append(node.symbol)
                node = self.root
        if node is self.root:
            raise ValueError("bit string ends in the middle of a code")
        return "".join(out)

    def encoded_length(self, text: str) -> int:
        return sum(len(self.codes[symbol]) for symbol in text)
