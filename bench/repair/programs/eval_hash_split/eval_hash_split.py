"""Stable train/dev/test assignment of evaluation examples by hashing their ids.

An example keeps its split when the dataset grows or is reordered, and examples that
share a group (for instance the same source document) always land in the same split.
Changing the salt reshuffles everything, which is how a fresh split is cut.
"""

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

BUCKETS = 10_000

Example = Mapping[str, Any]


def bucket_of(key: str, salt: str = "") -> int:
    digest = hashlib.sha256(f"{salt}\x1f{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def check_fractions(fractions: Mapping[str, float]) -> None:
    if not fractions:
        raise ValueError("no splits given")
    if any(share < 0 for share in fractions.values()):
        raise ValueError("split fractions must not be negative")
    if abs(sum(fractions.values()) - 1.0) > 1e-9:
        raise ValueError(f"split fractions sum to {sum(fractions.values())}, not 1")


def assign_split(key: str, fractions: Mapping[str, float], salt: str = "") -> str:
    """Name of the split that key falls in; fractions are taken in the order given."""
    point = bucket_of(key, salt) / BUCKETS
    cumulative = 0.0
    for name, share in fractions.items():
        cumulative += share
        if point < cumulative:
            return name
    return list(fractions)[-1]  # only reached through float rounding at the top end


def split_examples(
    examples: Iterable[Example],
    fractions: Mapping[str, float],
    *,
    id_key: str = "id",
    group_key: str | None = None,
    salt: str = "",
) -> dict[str, list[Example]]:
    """Every split named in fractions, each with its examples in input order."""
    check_fractions(fractions)
    splits: dict[str, list[Example]] = {name: [] for name in fractions}
    for example in examples:
        key = example[group_key] if group_key is not None else example[id_key]
        splits[assign_split(str(key), fractions)].append(example)
    return splits
