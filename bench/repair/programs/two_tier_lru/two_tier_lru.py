"""A two-level cache: a small L1 in front of a larger L2, both least-recently-used.

A hit in L2 promotes the entry to L1; an entry pushed out of L1 is demoted to L2;
an entry pushed out of L2 is gone. A key lives in at most one level.
"""

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class TwoTierCache:
    def __init__(self, l1_size: int, l2_size: int) -> None:
        if l1_size < 1 or l2_size < 1:
            raise ValueError("both levels need room for at least one entry")
        self.l1_size = l1_size
        self.l2_size = l2_size
        self._l1: OrderedDict[Hashable, Any] = OrderedDict()
        self._l2: OrderedDict[Hashable, Any] = OrderedDict()
        self.hits = {"l1": 0, "l2": 0, "miss": 0}

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key in self._l1:
            self.hits["l1"] += 1
            self._l1.move_to_end(key)
            return self._l1[key]
        if key in self._l2:
            self.hits["l2"] += 1
            value = self._l2[key]
            self._put_l1(key, value)
            del self._l2[key]
            return value
        self.hits["miss"] += 1
        return default

    def put(self, key: Hashable, value: Any) -> None:
        self._l2.pop(key, None)
        self._put_l1(key, value)

    def _put_l1(self, key: Hashable, value: Any) -> None:
        self._l1[key] = value
        self._l1.move_to_end(key)
        if len(self._l1) > self.l1_size:
            old_key, old_value = self._l1.popitem(last=False)
            self._l2[old_key] = old_value
            if len(self._l2) > self.l2_size:
                self._l2.popitem(last=False)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._l1 or key in self._l2

    def __len__(self) -> int:
        return len(self._l1) + len(self._l2)

    def levels(self) -> tuple[list[Hashable], list[Hashable]]:
        """Keys of L1 and of L2, least recently used first."""
        return list(self._l1), list(self._l2)
