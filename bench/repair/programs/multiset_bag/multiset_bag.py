"""A small multiset (bag) of strings with set-like operations on the counts."""

from collections.abc import Iterable, Iterator


class Bag:
    def __init__(self, items: Iterable[str] = ()) -> None:
        self._counts: dict[str, int] = {}
        for item in items:
            self.add(item)

    def add(self, item: str, times: int = 1) -> None:
        self._counts[item] = self._counts.get(item, 0) + times

    def remove(self, item: str, times: int = 1) -> None:
        """Remove up to `times` copies of item; it is gone once none are left."""
        left = self._counts.get(item, 0) - times
        if left >= 0:
            self._counts[item] = left
        else:
            self._counts.pop(item, None)

    def count(self, item: str) -> int:
        return self._counts.get(item, 0)

    def __contains__(self, item: object) -> bool:
        return item in self._counts

    def __len__(self) -> int:
        return sum(self._counts.values())

    def __iter__(self) -> Iterator[str]:
        for item, times in sorted(self._counts.items()):
            yield from [item] * times

    def distinct(self) -> set[str]:
        return set(self._counts)

    def union(self, other: "Bag") -> "Bag":
        result = Bag()
        for item in self._counts.keys() | other._counts.keys():
            result.add(item, max(self.count(item), other.count(item)))
        return result

    def intersection(self, other: "Bag") -> "Bag":
        result = Bag()
        for item, times in self._counts.items():
            common = min(times, other.count(item))
            if common > 0:
                result.add(item, common)
        return result

    def issubset(self, other: "Bag") -> bool:
        return all(times <= other.count(item) for item, times in self._counts.items())

    def most_common(self, k: int) -> list[tuple[str, int]]:
        return sorted(self._counts.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
