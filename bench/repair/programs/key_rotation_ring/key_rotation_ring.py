"""API key rotation: one active key, older keys still accepted for a grace period."""
import hmac
from dataclasses import dataclass
from typing import Optional


@dataclass
class ApiKey:
    key_id: str
    secret: str
    created_at: float
    expires_at: Optional[float] = None  # hard expiry; None means never
    retired_at: Optional[float] = None  # set when a newer key replaces it


class KeyRing:
    def __init__(self, grace=3600):
        self.grace = grace
        self._keys = {}
        self.active_id = None

    def add(self, key_id, secret, now, ttl=None):
        """Add a key and make it active; the previously active key retires."""
        expires = now + ttl if ttl is not None else None
        if self.active_id is not None:
            self._keys[self.active_id].retired_at = now
        self._keys[key_id] = ApiKey(key_id, secret, now, expires)
        self.active_id = key_id
        return self._keys[key_id]

    def is_valid(self, key, now):
        if key.expires_at is not None and now >= key.expires_at:
            return False
        if key.retired_at is not None and now >= key.created_at + self.grace:
            return False
        return True

    def authenticate(self, secret, now):
        """Return the id of the key ``secret`` belongs to, or None if refused."""
        for key in self._keys.values():
            if hmac.compare_digest(key.secret, secret) and self.is_valid(key, now):
                return key.key_id
        return None

    def prune(self, now):
        """Drop keys that can no longer authenticate; return their ids."""
        dead = [kid for kid, key in self._keys.items() if not self.is_valid(key, now)]
        for kid in dead:
            del self._keys[kid]
        return dead
