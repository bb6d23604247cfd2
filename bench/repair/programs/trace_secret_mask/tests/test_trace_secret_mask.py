from trace_secret_mask import mask_value, scrub, scrub_text


def test_short_secret_fully_masked():
    assert mask_value("hunter2") == "********"


def test_password_in_nested_event():
    event = {"tool": "login", "args": {"user": "ana", "password": "pw123"}}
    assert scrub(event) == {"tool": "login", "args": {"user": "ana", "password": "********"}}


def test_api_key_keeps_last_four():
    event = {"api_key": "sk-live-9f8e7d6c5b4a"}
    assert scrub(event) == {"api_key": "****5b4a"}


def test_non_sensitive_values_untouched():
    event = {"step": 3, "output": "done", "tags": ["a", "b"]}
    assert scrub(event) == event


def test_original_event_not_modified():
    event = {"secret": "abc", "nested": {"token": "xyz"}}
    scrub(event)
    assert event == {"secret": "abc", "nested": {"token": "xyz"}}
