"""Make recorded values safe to store and show: secrets redacted, text escaped, sizes bounded.

Threats 2 and 3: a secret planted in an environment variable, a traceback or a tool result must
not reach the ledger, a prompt or a log; a 10 MB output, invalid UTF-8, NUL bytes or ANSI escapes
must come out truncated and escaped. Everything the recording SDK stores goes through
``to_jsonable`` -> ``redact`` -> ``bound_value`` first.
"""

from __future__ import annotations

import enum
import functools
import json
import math
import os
import re
import sys
from collections.abc import Mapping
from typing import Any

JSON = Any

DEFAULT_VALUE_LIMIT = 64 * 1024
"""Default bound, in characters of JSON, on one stored value (arguments, result, message)."""

REDACTED = "[REDACTED]"

# Checked in this order at each position (sk-ant- before sk-); one pass over the text.
_SECRET_SHAPES: tuple[tuple[str, str], ...] = (
    (
        "private_key",
        r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
        r"(?s:.*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|.*\Z)",
    ),
    ("anthropic_key", r"\bsk-ant-[A-Za-z0-9_\-]{8,}"),
    ("openai_key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{16,}"),
    ("github_token", r"\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,})"),
    ("aws_key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    ("slack_token", r"\bxox[abposr]-[A-Za-z0-9\-]{8,}"),
    ("stripe_key", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    ("google_key", r"\bAIza[0-9A-Za-z_\-]{35}"),
    ("huggingface_token", r"\bhf_[A-Za-z0-9]{30,}"),
    ("jwt", r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"),
)
_BEARER = r"\b(Bearer|Basic|Token)(\s+)[A-Za-z0-9._~+/\-]{8,}=*"
_SECRET_NAME = (
    r"(?:password|passwd|pwd|secret|client_secret|api[_\-]?key|access[_\-]?key|secret[_\-]?key"
    r"|private[_\-]?key|token|access_token|refresh_token|auth_token|session_token)"
)
# `password=hunter2`, `"api_key": "abc"`, `token: xyz` inside free text (tracebacks, logs).
_ASSIGNMENT = (
    r"""(?P<key>(?<![A-Za-z0-9])""" + _SECRET_NAME + r"""\b["']?\s*[=:]\s*)"""
    r"""(?P<quote>["']?)(?P<value>[^\s"',;)}\]]{3,})"""
)
_SECRET_KEYS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "secret",
        "token",
        "api_key",
        "apikey",
        "access_token",
        "refresh_token",
        "auth_token",
        "id_token",
        "session_token",
        "client_secret",
        "secret_key",
        "access_key",
        "private_key",
        "authorization",
        "x_api_key",
        "bearer",
        "cookie",
        "set_cookie",
        "credentials",
        "credential",
    }
)
_SECRET_KEY_SUFFIXES = ("_password", "_passwd", "_secret", "_token", "_api_key", "_apikey")
_ENV_SECRET_NAME = r"KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|PRIVATE|SESSION|COOKIE"
_ENV_MIN_LEN = 8


class _Patterns:
    """The compiled patterns, built on first use: compiling them costs more than importing
    this module, and ``import selfpatch`` must stay cheap."""

    def __init__(self) -> None:
        # The lookahead rejects most positions at once: every shape starts with one of these.
        shapes = "|".join(f"(?P<{kind}>{regex})" for kind, regex in _SECRET_SHAPES)
        self.secret_shape = re.compile(f"(?=[-sgAxrhe])(?:{shapes})")
        self.bearer = re.compile(_BEARER, re.IGNORECASE)
        self.assignment = re.compile(_ASSIGNMENT, re.IGNORECASE)
        self.env_secret_name = re.compile(_ENV_SECRET_NAME, re.IGNORECASE)


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


def is_secret_key(key: str) -> bool:
    """True for a mapping key whose value is a secret (``password``, ``api_key``, ``x-token``)."""
    norm = key.strip().lower().replace("-", "_")
    return norm in _SECRET_KEYS or norm.endswith(_SECRET_KEY_SUFFIXES)


def _env_secrets() -> tuple[str, ...]:
    """Values of host environment variables whose name looks secret, longest first."""
    secret_name = _patterns().env_secret_name
    values = {v for k, v in os.environ.items() if len(v) >= _ENV_MIN_LEN and secret_name.search(k)}
    return tuple(sorted(values, key=len, reverse=True))


def _redact_str(text: str, env_values: tuple[str, ...]) -> str:
    for value in env_values:
        if value in text:
            text = text.replace(value, "[REDACTED:env]")
    patterns = _patterns()
    text = patterns.secret_shape.sub(_shape_placeholder, text)
    text = patterns.bearer.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return patterns.assignment.sub(_redact_assignment, text)


def _shape_placeholder(match: re.Match[str]) -> str:
    return f"[REDACTED:{(match.lastgroup or 'secret').replace('_', '-')}]"


def _redact_assignment(match: re.Match[str]) -> str:
    if match.group("value").startswith("[REDACTED"):
        return match.group(0)
    return f"{match.group('key')}{match.group('quote')}{REDACTED}"


def redact_text(text: str) -> str:
    """``text`` with API-key shapes, bearer tokens, PEM private keys, ``password=...`` values
    and the values of secret-looking host environment variables replaced by ``[REDACTED...]``."""
    return _redact_str(text, _env_secrets())


def redact(value: JSON) -> JSON:
    """A copy of a JSON-like value with every secret redacted, recursively.

    Strings are redacted as by ``redact_text``; the whole value under a secret-named mapping key
    (``password``, ``api_key``, ``authorization``, ``*_token``...) is replaced, unless it is a
    container, which is redacted recursively. Non-JSON leaves are returned unchanged.
    """
    return _redact_value(value, _env_secrets())


def _redact_value(value: JSON, env_values: tuple[str, ...]) -> JSON:
    if isinstance(value, str):
        return _redact_str(value, env_values)
    if isinstance(value, Mapping):
        out: dict[Any, JSON] = {}
        for key, item in value.items():
            new_key = _redact_str(key, env_values) if isinstance(key, str) else key
            secret_leaf = isinstance(key, str) and is_secret_key(key)
            if secret_leaf and item is not None and not isinstance(item, Mapping | list | tuple):
                out[new_key] = REDACTED
            else:
                out[new_key] = _redact_value(item, env_values)
        return out
    if isinstance(value, list | tuple):
        return [_redact_value(item, env_values) for item in value]
    return value


# --- escaping ---------------------------------------------------------------------------------

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 controls except \t and \n, DEL, C1 controls, line/paragraph separators, bidi overrides.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_PARTIAL_ESCAPE = re.compile(r"\\(?:x[0-9a-f]?|u[0-9a-f]{0,3})?\Z")


def clean_unicode(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes) replaced by U+FFFD, so it encodes."""
    return _SURROGATE.sub("\ufffd", text)


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_text(text: str | bytes, limit: int = DEFAULT_VALUE_LIMIT) -> str:
    """Untrusted text made safe to store and show on a terminal.

    Invalid UTF-8 becomes U+FFFD; NUL, ESC (so every ANSI sequence), CR and every other control
    character except newline and tab become visible ``\\xNN`` escapes, as do Unicode line
    separators and bidi overrides; the result is at most ``limit`` characters, ending in a
    ``[... truncated ...]`` marker when something was cut.
    """
    total: str | None = None
    if isinstance(text, bytes | bytearray):
        if len(text) > limit * 4 + 4:
            total = f"{len(text)} bytes"
        text = bytes(text[: limit * 4 + 4]).decode("utf-8", errors="replace")
    elif len(text) > limit:
        total = f"{len(text)} chars"
    head = clean_unicode(text[: limit + 1])
    escaped = _UNSAFE.sub(_escape_char, head)
    if len(escaped) <= limit and total is None:
        return escaped
    marker = f"\n[... truncated, {total or str(len(text)) + ' chars'} in all ...]"
    keep = max(0, limit - len(marker))
    return _PARTIAL_ESCAPE.sub("", escaped[:keep]) + marker


# --- JSON conversion and size bound -----------------------------------------------------------

_MAX_DEPTH = 64


def to_jsonable(value: Any, _depth: int = 0) -> JSON:
    """A JSON-serializable copy of ``value``.

    Fallbacks: dataclasses and pydantic models -> dict; tuples and sets -> lists; bytes ->
    text (invalid UTF-8 replaced); enums -> their value; dates -> ISO strings; paths -> str;
    non-finite floats -> their repr; mapping keys -> str; anything else -> ``repr(value)``.
    Strings lose lone surrogates. Beyond a nesting depth of 64 the rest is a repr.
    """
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return clean_unicode(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if _depth >= _MAX_DEPTH:
        return clean_unicode(repr(value)[:1000])
    return _container_to_jsonable(value, _depth + 1)


def _container_to_jsonable(value: Any, depth: int) -> JSON:
    if isinstance(value, Mapping):
        return {_key(k): to_jsonable(v, depth) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v, depth) for v in value]
    if isinstance(value, set | frozenset):
        items = [to_jsonable(v, depth) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value, depth)
    converted = _library_value(value, depth)
    if converted is not _NOT_CONVERTED:
        return converted
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):
        try:
            return to_jsonable(dump(mode="json"), depth)
        except Exception:
            pass
    return clean_unicode(repr(value))


_NOT_CONVERTED = object()


def _library_value(value: Any, depth: int) -> JSON:
    """A date, a path or a dataclass as JSON; else ``_NOT_CONVERTED``. A value can only be one
    of them once its module is imported, so their modules are not imported here."""
    datetime = sys.modules.get("datetime")
    if datetime is not None and isinstance(
        value, datetime.datetime | datetime.date | datetime.time
    ):
        return value.isoformat()
    pathlib = sys.modules.get("pathlib")
    if pathlib is not None and isinstance(value, pathlib.PurePath):
        return clean_unicode(str(value))
    if hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        import dataclasses

        fields = dataclasses.fields(value)
        return {f.name: to_jsonable(getattr(value, f.name), depth) for f in fields}
    return _NOT_CONVERTED


def _key(key: Any) -> str:
    return clean_unicode(key) if isinstance(key, str) else clean_unicode(str(key))


def json_size(value: JSON) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


TRUNCATED_KEY = "__selfpatch_truncated__"


def bound_value(value: JSON, limit: int = DEFAULT_VALUE_LIMIT) -> JSON:
    """``value`` if its JSON is at most ``limit`` characters; else a copy with long strings cut
    (each ending in a truncation marker); if that is still too big, a marker object
    ``{"__selfpatch_truncated__": <size>, "preview": <start of the JSON>}``."""
    size = json_size(value)
    if size <= limit:
        return value
    cap = limit
    while cap >= 64:
        cut = _cut_strings(value, cap)
        if json_size(cut) <= limit:
            return cut
        cap //= 4
    preview = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return {TRUNCATED_KEY: size, "preview": preview[: max(0, limit - 80)]}


def _cut_strings(value: JSON, cap: int) -> JSON:
    if isinstance(value, str):
        if len(value) <= cap:
            return value
        return value[:cap] + f"[... truncated, {len(value)} chars in all ...]"
    if isinstance(value, dict):
        return {k: _cut_strings(v, cap) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut_strings(v, cap) for v in value]
    return value


def sanitize(value: Any, limit: int = DEFAULT_VALUE_LIMIT) -> JSON:
    """What the SDK stores for a recorded value: JSON-converted, redacted, size-bounded."""
    # Cut first so a 10 MB string is not scanned for secrets only to be cut afterwards; a secret
    # that starts within the kept part is still whole, so it is still found.
    return bound_value(redact(_cut_strings(to_jsonable(value), 2 * limit)), limit)


def sanitize_message(message: str, limit: int = DEFAULT_VALUE_LIMIT) -> str:
    """What the SDK stores for an error message: redacted, escaped, bounded."""
    return escape_text(redact_text(clean_unicode(message[: 2 * limit])), limit)
