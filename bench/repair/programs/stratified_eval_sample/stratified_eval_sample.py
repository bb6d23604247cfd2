"""Draw a smaller evaluation set that keeps the label mix of the full one."""

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

Example = Mapping[str, Any]


def allocate(counts: Mapping[str, int], size: int) -> dict[str, int]:
    """Per-label sample sizes summing to size, proportional to counts (largest remainder).

    Leftover slots go to the largest fractional parts; ties go to the label that
    sorts first.
    """
    population = sum(counts.values())
    if size >= population:
        return dict(counts)
    quotas = {label: size * count / population for label, count in counts.items()}
    shares = {label: int(quota) for label, quota in quotas.items()}
    leftover = size - sum(shares.values())
    by_remainder = sorted(counts, key=lambda label: (shares[label] - quotas[label], label))
    for label in by_remainder[:leftover]:
        shares[label] += 1
    return shares


def stratified_sample(
    examples: Sequence[Example], size: int, *, label_key: str = "label", seed: int = 0
) -> list[Example]:
    """size examples drawn per label with a fixed seed, returned in dataset order."""
    if size < 0:
        raise ValueError("size must not be negative")
    positions: dict[str, list[int]] = defaultdict(list)
    for position, example in enumerate(examples):
        positions[str(example[label_key])].append(position)
    shares = allocate({label: len(found) for label, found in positions.items()}, size)
    rng = random.Random(seed)
    picked: list[int] = []
    for label in sorted(positions):
        picked.extend(rng.sample(positions[label], shares[label]))
    return [examples[position] for position in picked]


def label_counts(examples: Sequence[Example], label_key: str = "label") -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for example in examples:
        counts[str(example[label_key])] += 1
    return dict(counts)
