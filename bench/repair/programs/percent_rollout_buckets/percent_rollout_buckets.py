"""Deterministic percentage rollouts for feature flags.

Each user lands in one of 100 buckets per flag; a flag at N percent is on for buckets 0..N-1, so
raising the percentage only ever adds users. Ramps are lists of (start_time, percent) stages.
"""

import bisect
import hashlib

BUCKETS = 100


def bucket_for(flag, user_id):
    digest = hashlib.sha256(f"{flag}:{user_id}".encode()).hexdigest()
    return int(digest[:12], 16) % BUCKETS


def percent_at(ramp, now):
    """Percentage of the last stage that has started by ``now`` (0 before the first stage)."""
    starts = [start for start, _ in ramp]
    index = bisect.bisect_right(starts, now)
    return ramp[index - 1][1] if index else 0


class Rollout:
    def __init__(self, flag, ramp, allow=(), deny=()):
        for _, percent in ramp:
            if not 0 <= percent <= 100:
                raise ValueError(f"{flag}: rollout percentage out of range: {percent}")
        self.flag = flag
        self.ramp = sorted(ramp)
        self.allow = frozenset(allow)
        self.deny = frozenset(deny)

    def is_enabled(self, user_id, now):
        if user_id in self.deny:
            return False
        if user_id in self.allow:
            return True
        return bucket_for(self.flag, user_id) <= percent_at(self.ramp, now)

    def enabled_users(self, user_ids, now):
        return [user for user in user_ids if self.is_enabled(user, now)]
