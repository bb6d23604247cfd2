"""Sticky experiment assignment.

Once a user has been put in a variant, changing the experiment's traffic split must not
move them: they keep the variant they were first given. Changing the experiment's salt
restarts it, so its users are bucketed afresh. Users who fall outside the split are not
remembered, so ramping the split up later can still enrol them.
"""

import hashlib


def default_bucket(salt, user_id):
    digest = hashlib.sha256(f"{salt}/{user_id}".encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100


class StickyAssigner:
    def __init__(self, bucket_fn=default_bucket):
        self._bucket_fn = bucket_fn
        self._experiments = {}  # name -> (salt, [(variant, percent), ...])
        self._sticky = {}  # (name, user_id) -> variant

    def configure(self, name, split, salt=None):
        """Create or update an experiment; a new salt restarts it."""
        previous = self._experiments.get(name)
        if salt is None:
            salt = previous[0] if previous else name
        if previous is not None and previous[0] != salt:
            self._sticky = {key: v for key, v in self._sticky.items() if key[0] == name}
        self._experiments[name] = (salt, list(split))

    def assign(self, name, user_id):
        """The user's variant in experiment `name`, or None if not enrolled."""
        key = (name, user_id)
        if key in self._sticky:
            return self._sticky[key]
        salt, split = self._experiments[name]
        bucket = self._bucket_fn(salt, user_id)
        upper = 0
        for variant, percent in split:
            upper += percent
            if bucket < upper:
                self._sticky[user_id] = variant
                return variant
        return None
