"""Keeps an OAuth access token fresh for outbound tool calls.

The token is refreshed a little *before* it expires (``skew`` seconds early)
so that a request already on the wire does not race the expiry on the server.
"""

import time


class RefreshError(Exception):
    pass


class TokenManager:
    def __init__(self, refresh_fn, refresh_token, skew=30.0, clock=time.monotonic):
        self._refresh_fn = refresh_fn
        self._refresh_token = refresh_token
        self.skew = skew
        self._clock = clock
        self._access_token = None
        self._expires_at = 0.0
        self.refresh_count = 0

    def _needs_refresh(self):
        if self._access_token is None:
            return True
        return self._clock() >= self._expires_at + self.skew

    def _refresh(self):
        reply = self._refresh_fn(self._refresh_token)
        if "access_token" not in reply:
            raise RefreshError(reply.get("error", "no access_token in reply"))
        now = self._clock()
        self._access_token = reply["access_token"]
        self._expires_at = now + float(reply.get("expires_in", 3600))
        # Servers that rotate refresh tokens send a new one; others omit it.
        self._refresh_token = reply.get("refresh_token", self._refresh_token)
        self.refresh_count += 1

    def token(self):
        if self._needs_refresh():
            self._refresh()
        return self._access_token

    def auth_header(self):
        return {"Authorization": "Bearer " + self.token()}

    def invalidate(self):
        """Force a refresh on the next call, e.g. after the API answered 401."""
        self._access_token = None
