from transcript_secret_scrub import count_redactions, export_markdown, redact


def test_password_assignment_redacted():
    assert redact("login with password=hunter2 please") == (
        "login with password=[REDACTED:field] please"
    )


def test_bearer_token_redacted():
    header = "Authorization: Bearer eyJhbGciOi.abc-123"
    assert redact(header) == "Authorization: Bearer [REDACTED:bearer]"


def test_openai_style_key_redacted():
    text = "my key is sk-proj-ABCDEFGHIJKLMNOPqrstuv, keep it safe"
    assert redact(text) == "my key is [REDACTED:api_key], keep it safe"


def test_json_config_fields_redacted():
    config = '{"user": "ana", "Password": "s3cr3t!", "API_KEY": "abc123"}'
    assert redact(config) == (
        '{"user": "ana", "Password": "[REDACTED:field]", "API_KEY": "[REDACTED:field]"}'
    )


def test_plain_text_untouched():
    text = "The token limit is large; secrets of the universe."
    assert redact(text) == text
    assert count_redactions(text) == 0


def test_export_skips_system_and_redacts():
    messages = [
        {"role": "system", "content": "internal rules"},
        {"role": "user", "content": "my password: letmein"},
        {"role": "assistant", "content": "Please do not share passwords."},
    ]
    assert export_markdown(messages, title="Support") == (
        "# Support\n\n"
        "**user:** my password: [REDACTED:field]\n\n"
        "**assistant:** Please do not share passwords.\n"
    )
