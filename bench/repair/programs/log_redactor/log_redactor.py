"""Redacts secrets from agent log lines and structured log fields before they are written."""

import re
from collections.abc import Mapping

_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+")
_KEY_VALUE = re.compile(
    r"(?i)\b(api[_-]?key|access[_-]?token|password|secret)(\"?\s*[:=]\s*\"?)([^\s\",;&]+)"
)
_SENSITIVE_FIELD = re.compile(r"(?i)(key|token|password|secret|authorization)")


class Redactor:
    def __init__(self, secrets: Mapping[str, str], min_length: int = 6) -> None:
        # Short values ("1", "yes") would blank out unrelated text everywhere.
        kept = {name: value for name, value in secrets.items() if len(value) >= min_length}
        # Longest first, so a secret that contains another one is replaced whole.
        self.secrets = sorted(kept.items(), key=lambda item: len(item[1]), reverse=True)

    def redact(self, line: str) -> str:
        redacted = line
        for name, value in self.secrets:
            redacted = line.replace(value, f"[{name}]")
        redacted = _BEARER.sub(r"\1[REDACTED]", redacted)
        return _KEY_VALUE.sub(r"\1\2[REDACTED]", redacted)

    def redact_fields(self, fields: Mapping[str, object]) -> dict[str, object]:
        """Redacts string values; values of sensitive-looking keys are dropped entirely."""
        clean: dict[str, object] = {}
        for key, value in fields.items():
            if _SENSITIVE_FIELD.search(key):
                clean[key] = "[REDACTED]"
            elif isinstance(value, str):
                clean[key] = self.redact(value)
            elif isinstance(value, Mapping):
                clean[key] = self.redact_fields(value)
            else:
                clean[key] = value
        return clean
