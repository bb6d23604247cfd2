from log_field_redaction import MASK, Redactor


def test_key_matching_ignores_case_and_dashes():
    record = {"X-Api-Key": "k", "API_KEY": "k", "Cookie": "c", "PassWord": "p", "name": "n"}
    assert Redactor().redact(record) == {
        "X-Api-Key": "k",
        "API_KEY": MASK,
        "Cookie": MASK,
        "PassWord": MASK,
        "name": "n",
    }


def test_extra_keys_are_normalised_too():
    redactor = Redactor(extra_keys=["X-Api-Key", "Session-ID"])
    record = {"x-api-key": "1", "session_id": "2", "SESSION-ID": "3", "user": "u"}
    assert redactor.redact(record) == {
        "x-api-key": MASK, "session_id": MASK, "SESSION-ID": MASK, "user": "u",
    }


def test_plain_lowercase_keys_still_match():
    assert Redactor().redact({"secret": "s", "passwd": "p"}) == {"secret": MASK, "passwd": MASK}


def test_lists_of_records_and_hit_count():
    redactor = Redactor()
    records = [{"Token": "a"}, {"msg": "key sk-ABCDEFGHIJKLMNOP1234 leaked"}, {"x": 1}]
    assert redactor.redact(records) == [{"Token": MASK}, {"msg": f"key {MASK} leaked"}, {"x": 1}]
    assert redactor.hits == 2


def test_custom_mask_and_whole_value_replacement():
    redactor = Redactor(mask="***")
    record = {"Authorization": {"scheme": "basic", "value": "xyz"}, "note": "bearer QWxhZGRpbg=="}
    assert redactor.redact(record) == {"Authorization": "***", "note": "***"}


def test_short_sk_strings_are_left_alone():
    assert Redactor().redact({"msg": "task sk-123 done"}) == {"msg": "task sk-123 done"}
