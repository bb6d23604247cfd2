from log_field_redaction import MASK, Redactor


def test_password_field_is_masked():
    record = {"user": "ann", "password": "hunter2"}
    assert Redactor().redact(record) == {"user": "ann", "password": MASK}


def test_nested_records_are_redacted():
    record = {"request": {"headers": {"Authorization": "Basic YWxhZGRpbjpvcGVu", "Accept": "*/*"}}}
    out = Redactor().redact(record)
    assert out["request"]["headers"] == {"Authorization": MASK, "Accept": "*/*"}


def test_bearer_token_in_message():
    out = Redactor().redact({"msg": "calling api with Bearer abc.def-123 now"})
    assert out["msg"] == f"calling api with {MASK} now"


def test_original_record_is_not_modified():
    record = {"token": "t0k3n", "items": [1, 2]}
    Redactor().redact(record)
    assert record == {"token": "t0k3n", "items": [1, 2]}


def test_non_secret_values_pass_through():
    record = {"status": 200, "latency_ms": 12.5, "ok": True, "tags": ["a", "b"]}
    assert Redactor().redact(record) == record
