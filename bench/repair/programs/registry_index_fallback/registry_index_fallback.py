"""Cached, retrying client for a package index's "list versions" endpoint."""

import time


class IndexUnavailable(Exception):
    """The index could not be reached and nothing was cached for the package."""


def _release_key(version):
    release, _, pre = version.partition("-")
    return tuple(int(p) for p in release.split(".")), not pre, pre


class IndexClient:
    def __init__(self, fetch, *, retries=2, ttl=300.0, backoff=0.5,
                 clock=time.monotonic, sleep=time.sleep):
        self._fetch = fetch          # callable(package) -> iterable of version strings
        self._retries = retries
        self._ttl = ttl
        self._backoff = backoff
        self._clock = clock
        self._sleep = sleep
        self._cache = {}             # package -> (fetched_at, sorted versions)
        self.requests = 0

    def versions(self, package):
        """All published versions, oldest first; a stale cache beats an outage."""
        key = package.strip().lower()
        now = self._clock()
        cached = self._cache.get(key)
        if cached is not None and now - cached[0] < self._ttl:
            return list(cached[1])
        error = None
        for attempt in range(self._retries + 1):
            if attempt:
                self._sleep(self._backoff * 2 ** (attempt - 1))
            self.requests += 1
            try:
                found = self._fetch(key)
            except ConnectionError as exc:
                error = exc
                continue
            found = sorted(set(found), key=_release_key)
            self._cache[key] = (now, found)
            return list(found)
        if cached is not None:
            return list(cached[1])
        raise IndexUnavailable(
            f"{package}: index unreachable after {self._retries + 1} attempts"
        ) from error

    def latest(self, package):
        """Newest final release, or None when only pre-releases exist."""
        finals = [v for v in self.versions(package) if "-" not in v]
        return finals[-1] if finals else None
