from role_redaction import redact_messages, redact_text

KEY = "sk-proj-" + "a1B2c3D4e5F6g7H8"


def test_api_key_is_labelled():
    assert redact_text(f"use {KEY} for this") == ("use [api_key] for this", 1)


def test_password_assignment_keeps_the_key_name():
    text, hits = redact_text("login with password=hunter2 please")
    assert text == "login with password=[secret] please"
    assert hits == 1


def test_user_and_tool_messages_are_scrubbed():
    messages = [
        {"role": "user", "content": f"my key is {KEY}"},
        {"role": "tool", "content": "AKIAABCDEFGHIJKLMNOP"},
    ]
    scrubbed, hits = redact_messages(messages)
    assert [m["content"] for m in scrubbed] == ["my key is [api_key]", "[aws_key]"]
    assert hits == 2


def test_assistant_messages_kept_verbatim():
    messages = [{"role": "assistant", "content": "set token: abc123 in your env"}]
    assert redact_messages(messages) == (messages, 0)


def test_legacy_function_results_are_scrubbed():
    messages = [{"role": "function", "name": "get_env", "content": f"OPENAI_API_KEY={KEY}"}]
    scrubbed, hits = redact_messages(messages)
    assert scrubbed == [{"role": "function", "name": "get_env",
                         "content": "OPENAI_API_KEY=[api_key]"}]
    assert hits == 1
