"""Checking signed webhook deliveries (`t=<unix time>,v1=<hex hmac>` headers)."""

from __future__ import annotations

import hashlib
import hmac


class SignatureError(Exception):
    """The delivery is malformed, too old, or not signed with any of our secrets."""


class WebhookVerifier:
    def __init__(self, secrets: list[str], tolerance: int = 300) -> None:
        if not secrets:
            raise ValueError("at least one secret is required")
        self.secrets = [secret.encode() for secret in secrets]
        self.tolerance = tolerance

    def sign(self, body: bytes, timestamp: int, secret_index: int = 0) -> str:
        digest = self._digest(self.secrets[secret_index], body, timestamp)
        return f"t={timestamp},v1={digest}"

    @staticmethod
    def _digest(secret: bytes, body: bytes, timestamp: int) -> str:
        message = str(timestamp).encode() + b"." + body
        return hmac.new(secret, message, hashlib.sha256).hexdigest()

    @staticmethod
    def parse_header(header: str) -> tuple[int, list[str]]:
        timestamp: int | None = None
        signatures: list[str] = []
        for item in header.split(","):
            key, _, value = item.strip().partition("=")
            if key == "t" and value.isdigit():
                timestamp = int(value)
            elif key == "v1" and value:
                signatures.append(value)
        if timestamp is None or not signatures:
            raise SignatureError("malformed signature header")
        return timestamp, signatures

    def verify(self, body: bytes, header: str, now: int) -> int:
        """Return the signed timestamp of an authentic, recent delivery."""
        timestamp, signatures = self.parse_header(header)
        fresh = abs(now - timestamp) <= self.tolerance
        matched = any(
            hmac.compare_digest(self._digest(secret, body, timestamp), candidate)
            for secret in self.secrets
            for candidate in signatures
        )
        if not fresh and not matched:
            raise SignatureError("stale or forged delivery")
        return timestamp
