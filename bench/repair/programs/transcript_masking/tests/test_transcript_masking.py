from transcript_masking import MASK, mask_arguments, mask_message, mask_text

KEY = "sk-" + "a1B2c3D4e5F6g7H8i9"


def test_mask_text_keys_in_prose():
    assert mask_text(f"use {KEY} for the call") == f"use {MASK} for the call"
    assert mask_text("nothing to hide") == "nothing to hide"


def test_mask_arguments_by_field_name():
    masked = mask_arguments({"url": "https://api.example.com", "API_KEY": "abc123",
                             "auth": {"password": "hunter2", "user": "bob"}})
    assert masked == {"url": "https://api.example.com", "API_KEY": MASK,
                      "auth": {"password": MASK, "user": "bob"}}


def test_unset_secret_stays_visible():
    assert mask_arguments({"token": "", "password": None}) == {"token": "", "password": None}


def test_plain_string_content():
    message = {"role": "user", "content": f"my key is {KEY}"}
    assert mask_message(message) == {"role": "user", "content": f"my key is {MASK}"}


def test_tool_use_input_masked():
    message = {"role": "assistant", "content": [
        {"type": "text", "text": "Calling the API."},
        {"type": "tool_use", "id": "tu_1", "name": "http_get",
         "input": {"url": "https://x.test", "token": "t-123"}},
    ]}
    masked = mask_message(message)
    assert masked["content"][1] == {"type": "tool_use", "id": "tu_1", "name": "http_get",
                                    "input": {"url": "https://x.test", "token": MASK}}
