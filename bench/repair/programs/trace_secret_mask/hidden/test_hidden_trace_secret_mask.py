from trace_secret_mask import mask_value, scrub, scrub_text


def test_mask_value_long_and_boundary():
    assert mask_value("abcdefgh") == "********"
    assert mask_value("abcdefghi") == "****fghi"
    assert mask_value(1234567890123) == "****0123"
    assert mask_value("ghp_" + "x" * 30 + "QRST") == "****QRST"


def test_bearer_token_in_text():
    line = "GET /v1/models Authorization: Bearer eyJhbGciOi.payload.SIGNATURE99 ok"
    assert scrub_text(line) == "GET /v1/models Authorization: Bearer ****RE99 ok"
    assert scrub_text("no secrets here") == "no secrets here"


def test_header_style_keys_and_case():
    event = {"headers": {"X-Api-Key": "key-0011223344", "Authorization": "Bearer abcdefghijkl",
                         "Content-Type": "json"}}
    assert scrub(event) == {"headers": {"X-Api-Key": "****3344", "Authorization": "****ijkl",
                                        "Content-Type": "json"}}


def test_lists_and_tuples_are_walked():
    event = {"calls": [{"name": "fetch", "refresh_token": "rt_ABCDEFGHIJ"},
                       ("Bearer tok_1234567890", 5)]}
    assert scrub(event) == {"calls": [{"name": "fetch", "refresh_token": "****GHIJ"},
                                      ("Bearer ****7890", 5)]}


def test_sensitive_key_with_container_value_is_recursed():
    event = {"secrets": {"db": "short", "note": "Bearer zzzzzzzzzz9876"}}
    assert scrub(event) == {"secrets": {"db": "short", "note": "Bearer ****9876"}}


def test_long_value_never_revealed_whole():
    secret = "AKIAIOSFODNN7EXAMPLEKEY"
    masked = scrub({"aws_secret": secret})["aws_secret"]
    assert masked == "****EKEY"
    assert secret[:8] not in masked
