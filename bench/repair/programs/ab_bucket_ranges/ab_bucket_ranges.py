"""Deterministic A/B bucketing for experiments.

A user is hashed together with the experiment key into one of BUCKETS buckets, so the
same user always sees the same variant of an experiment while different experiments
split users independently. Each variant owns a contiguous, half-open range of buckets
sized by its percentage; buckets past the last range are not enrolled.
"""

import hashlib

BUCKETS = 10_000


def bucket_of(experiment, user_id, buckets=BUCKETS):
    """Stable bucket in range(buckets) for this user in this experiment."""
    key = f"{experiment}:{user_id}".encode("utf-8")
    digest = hashlib.sha1(key).digest()
    return int.from_bytes(digest[:8], "big") % buckets


def bucket_ranges(allocation, buckets=BUCKETS):
    """[(variant, start, end)] for an allocation given as [(variant, percent), ...]."""
    total = sum(percent for _, percent in allocation)
    if total > 100:
        raise ValueError(f"allocation sums to {total}%, more than 100%")
    ranges = []
    start = 0
    for variant, percent in allocation:
        end = start + round(percent * buckets / 100)
        ranges.append((variant, start, end))
        start = end
    return ranges


def variant_for_bucket(bucket, allocation, buckets=BUCKETS):
    """The variant whose range holds `bucket`, or None if no range does."""
    for variant, start, end in bucket_ranges(allocation, buckets):
        if start <= bucket <= end:
            return variant
    return None


def assign(experiment, user_id, allocation, buckets=BUCKETS):
    """Variant for this user, or None when the user falls outside the allocation."""
    bucket = bucket_of(experiment, user_id, buckets)
    return variant_for_bucket(bucket, allocation, buckets)
