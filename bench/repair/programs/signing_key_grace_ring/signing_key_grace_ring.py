"""Rotating signing keys for the agent's outbound webhook calls.

Requests are signed with the current key.  After a rotation the previous key
keeps verifying for ``grace`` seconds, so requests signed just before the
rotation are not rejected.
"""

import hashlib
import hmac


class KeyRing:
    def __init__(self, key_id, secret, grace=600.0):
        self.grace = grace
        self.current = {"id": key_id, "secret": secret}
        self.previous = None

    def rotate(self, key_id, secret, now):
        if key_id == self.current["id"]:
            raise ValueError("the new key id must differ from the current one")
        self.previous = dict(self.current, expires=now + self.grace)
        self.current = {"id": key_id, "secret": secret}

    def sign(self, body):
        mac = hmac.new(self.current["secret"], body, hashlib.sha256).hexdigest()
        return f"{self.current['id']}:{mac}"

    def _secret_for(self, key_id, now):
        if key_id == self.current["id"]:
            return self.current["secret"]
        prev = self.previous
        if prev is not None and key_id == prev["id"] and now <= prev["valid_until"]:
            return prev["secret"]
        return None

    def verify(self, body, signature, now):
        key_id, sep, mac = signature.partition(":")
        if not sep:
            return False
        secret = self._secret_for(key_id, now)
        if secret is None:
            return False
        expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, mac)

    def active_ids(self, now):
        ids = [self.current["id"]]
        if self.previous is not None and now < self.previous["valid_until"]:
            ids.append(self.previous["id"])
        return ids
