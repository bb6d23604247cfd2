"""Multi-key ordering from a spec such as "-score, name" (a leading '-' sorts that key descending)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class SortKey:
    field: str
    descending: bool = False

    @classmethod
    def parse(cls, text: str) -> SortKey:
        descending = text.startswith("-")
        text = text.strip()
        name = text.lstrip("+-")
        if not name.isidentifier():
            raise ValueError(f"bad sort field: {text!r}")
        return cls(name, descending)

    def __str__(self) -> str:
        return f"-{self.field}" if self.descending else self.field


@dataclass(frozen=True)
class SortSpec:
    keys: tuple[SortKey, ...]

    @classmethod
    def parse(cls, spec: str) -> SortSpec:
        parts = [part for part in spec.split(",") if part.strip()]
        if not parts:
            raise ValueError("empty sort spec")
        return cls(tuple(SortKey.parse(part) for part in parts))

    def apply(self, records: Iterable[T]) -> list[T]:
        """Order by the first key, break ties with the next one, and so on.

        Records that tie on every key keep their original order.
        """
        ordered = list(records)
        for key in reversed(self.keys):
            ordered.sort(key=attrgetter(key.field), reverse=key.descending)
        return ordered

    def __str__(self) -> str:
        return ", ".join(str(key) for key in self.keys)


def order_by(records: Iterable[T], spec: str) -> list[T]:
    return SortSpec.parse(spec).apply(records)
