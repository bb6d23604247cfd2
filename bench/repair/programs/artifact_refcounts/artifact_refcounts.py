"""Content-addressed store for large tool outputs, shared between turns by reference count."""

import hashlib


class StoreFull(Exception):
    pass


class ArtifactStore:
    def __init__(self, limit_bytes: int) -> None:
        self.limit_bytes = limit_bytes
        self.used_bytes = 0
        self._blobs: dict[str, bytes] = {}
        self._refs: dict[str, int] = {}

    def put(self, data: bytes) -> str:
        """Store data (once per distinct content) and take a reference to it."""
        digest = hashlib.sha256(data).hexdigest()[:16]
        if digest not in self._blobs:
            if self.used_bytes + len(data) > self.limit_bytes:
                self.collect()
            if self.used_bytes + len(data) > self.limit_bytes:
                raise StoreFull(f"{len(data)} bytes do not fit ({self.used_bytes} in use)")
            self._blobs[digest] = data
            self._refs[digest] = 0
            self.used_bytes += len(data)
        self._refs[digest] += 1
        return digest

    def get(self, digest: str) -> bytes:
        return self._blobs[digest]

    def refs(self, digest: str) -> int:
        return self._refs.get(digest, 0)

    def release(self, digest: str) -> None:
        """Drop one reference; the bytes stay until the next collect()."""
        if self._refs.get(digest, 0) <= 0:
            raise KeyError(f"no live reference to {digest}")
        self._refs[digest] -= 1

    def delete(self, digest: str) -> None:
        """Remove an artifact now, whoever still refers to it (say it held a secret)."""
        data = self._blobs.pop(digest)
        del self._refs[digest]
        self.used_bytes -= len(data)

    def collect(self) -> int:
        """Remove every artifact nobody refers to; return the number of bytes freed."""
        unused = [digest for digest, count in self._refs.items() if count == 0]
        freed = 0
        for digest in unused:
            freed += len(self._blobs.pop(digest))
            del self._refs[digest]
        return freed
