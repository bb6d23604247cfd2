"""Secrets are redacted and untrusted text escaped before anything is stored (threats 2 and 3)."""

from __future__ import annotations

import json
import traceback

import pytest

from selfpatch.record import (
    bound_value,
    escape_text,
    recording,
    redact,
    redact_text,
    sanitize,
    tool,
)

SECRETS = {
    "openai": "sk-proj-" + "Zx9" * 16,
    "openai-legacy": "sk-" + "a1B2c3D4e5" * 4 + "abcdefgh",
    "anthropic": "sk-ant-api03-" + "Qw3_Er5-Ty7" * 8,
    "github-pat": "ghp_" + "A1b2C3d4E5" * 4,
    "github-oauth": "gho_" + "Z9y8X7w6V5" * 4,
    "github-fine": "github_pat_11ABCDEFG0" + "x1Y2z3" * 10,
    "aws": "AKIAIOSFODNN7EXAMPLE",
    "slack-bot": "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
    "slack-user": "xoxp-123456789012-1234567890123-abcdef",
}
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEA7bq3Vvq1Fj3vOq3E8Z0xq4kR9fP0b9ms5c7iE2nYcKzBrwQ\n"
    "-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize("kind", sorted(SECRETS))
def test_each_key_shape_is_redacted_in_text(kind: str) -> None:
    secret = SECRETS[kind]
    out = redact_text(f"calling with key={secret} now")
    assert secret not in out
    assert "[REDACTED" in out and out.startswith("calling with key=") and out.endswith(" now")


def test_bearer_tokens_and_pem_private_keys_are_redacted() -> None:
    out = redact_text("Authorization: Bearer abc.def-ghi_jkl123\n" + PEM + "\ntail")
    assert "abc.def-ghi_jkl123" not in out and "Bearer [REDACTED]" in out
    assert "MIIEowIBAAK" not in out and "BEGIN" not in out
    assert out.endswith("tail")


def test_a_truncated_pem_key_is_redacted_to_the_end() -> None:
    out = redact_text("before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA")
    assert out.startswith("before") and "b3BlbnNz" not in out


def test_password_assignments_in_free_text_are_redacted() -> None:
    out = redact_text("connect(host='db', password='hunter22') api_key: abc123xyz token=qwerty9")
    assert "hunter22" not in out and "abc123xyz" not in out and "qwerty9" not in out
    assert "host='db'" in out


def test_ordinary_text_is_left_alone() -> None:
    text = "max_tokens=100 prompt_tokens: 20 scikit sk-learn the token bucket"
    assert redact_text(text) == text


def test_secret_named_keys_and_nested_values_are_redacted() -> None:
    value = {
        "user": "ann",
        "password": "correct horse",
        "Api-Key": 12345678,
        "config": {"db": {"secret": "s3cr3t", "port": 5432}, "x_auth_token": "t0k3n"},
        "messages": [{"content": f"my key is {SECRETS['anthropic']}"}, ("tuple", SECRETS["aws"])],
        "usage": {"prompt_tokens": 3, "max_tokens": 9},
        "token": None,
    }
    out = redact(value)
    flat = json.dumps(out)
    for leaked in (
        "correct horse",
        "12345678",
        "s3cr3t",
        "t0k3n",
        SECRETS["anthropic"],
        SECRETS["aws"],
    ):
        assert leaked not in flat
    assert out["user"] == "ann" and out["config"]["db"]["port"] == 5432
    assert out["usage"] == {"prompt_tokens": 3, "max_tokens": 9}
    assert out["token"] is None
    assert value["password"] == "correct horse"  # the input is not modified


def test_values_of_secret_host_environment_variables_are_redacted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ACME_SERVICE_TOKEN", "plain-looking-value-42")
    monkeypatch.setenv("ACME_REGION", "eu-west-and-more")
    out = redact({"log": "sent plain-looking-value-42 to eu-west-and-more"})
    assert out == {"log": "sent [REDACTED:env] to eu-west-and-more"}


def test_secrets_in_a_traceback_are_redacted() -> None:
    key = SECRETS["openai"]

    def connect(api_key: str) -> None:
        raise PermissionError(f"rejected key {api_key}")

    try:
        connect(key)
    except PermissionError:
        text = traceback.format_exc()
    assert key in text
    assert key not in redact_text(text)
    assert "PermissionError: rejected key [REDACTED" in redact_text(text)


def test_a_recorded_error_message_is_redacted_and_escaped() -> None:
    key = SECRETS["github-pat"]

    @tool
    def push(branch: str) -> None:
        raise RuntimeError(f"auth failed for {key}\x1b[31m\x00")

    with recording("record") as rec, pytest.raises(RuntimeError):
        push("main")
    message = rec.calls[0].error_message or ""
    assert key not in message and "\x1b" not in message and "\x00" not in message
    assert "\\x1b[31m\\x00" in message


def test_escape_text_escapes_nul_ansi_and_control_characters() -> None:
    out = escape_text("a\x00b\x1b[2J\x1b]0;title\x07c\rd\x7fe\u202ef\n\tg")
    assert out == "a\\x00b\\x1b[2J\\x1b]0;title\\x07c\\x0dd\\x7fe\\u202ef\n\tg"


def test_escape_text_replaces_invalid_utf8() -> None:
    assert escape_text(b"ok\xff\xfe\xc3") == "ok\ufffd\ufffd\ufffd"
    assert escape_text("ok" + b"\xff".decode("utf-8", "surrogateescape")) == "ok\ufffd"
    escape_text("\ud800").encode("utf-8")  # would raise if a lone surrogate survived


def test_escape_text_truncates_a_10_mb_input_with_a_marker() -> None:
    big = ("line\x00\x1b[0m" * 1_000_000)[: 10 * 1024 * 1024]
    out = escape_text(big, limit=1000)
    assert len(out) <= 1000
    assert "truncated" in out and str(len(big)) in out
    assert "\x00" not in out and "\x1b" not in out
    out_bytes = escape_text(big.encode(), limit=1000)
    assert len(out_bytes) <= 1000 and "truncated" in out_bytes


def test_escape_text_leaves_short_clean_text_unchanged() -> None:
    assert escape_text("héllo\n\tworld ✓", limit=100) == "héllo\n\tworld ✓"


def test_bound_value_cuts_long_strings_then_falls_back_to_a_preview() -> None:
    value = {"a": "x" * 10_000, "b": "short"}
    cut = bound_value(value, 2000)
    assert cut["b"] == "short" and "truncated" in cut["a"]
    assert len(json.dumps(cut)) <= 2000
    many = list(range(100_000))
    marker = bound_value(many, 2000)
    assert marker["__selfpatch_truncated__"] > 2000
    assert len(json.dumps(marker)) <= 2000


def test_sanitize_converts_redacts_and_bounds_together() -> None:
    out = sanitize({"k": (SECRETS["aws"], b"\xff"), 3: "x" * 5000}, limit=1000)
    assert out["k"][0].startswith("[REDACTED") and out["k"][1] == "\ufffd"
    assert "truncated" in out["3"]
