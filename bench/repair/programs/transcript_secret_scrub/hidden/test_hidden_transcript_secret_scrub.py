from transcript_secret_scrub import count_redactions, export_markdown, redact


def test_field_names_any_case():
    assert redact("Token: abc") == "Token: [REDACTED:field]"
    assert redact("SECRET=xyz;") == "SECRET=[REDACTED:field];"
    assert redact("PassWd = open-sesame") == "PassWd = [REDACTED:field]"


def test_lowercase_json_field():
    assert redact('{"token": "t-1"}') == '{"token": "[REDACTED:field]"}'


def test_prefixed_field_names():
    assert redact("Client_Secret=abc,x=1") == "Client_Secret=[REDACTED:field],x=1"
    assert redact("ACCESS_TOKEN: q9") == "ACCESS_TOKEN: [REDACTED:field]"


def test_bearer_any_case():
    assert redact("authorization: BEARER abc.def==") == "authorization: BEARER [REDACTED:bearer]"


def test_aws_key_redacted():
    assert redact("id AKIAABCDEFGHIJKLMNOP here") == "id [REDACTED:aws_key] here"


def test_short_sk_prefix_not_a_key():
    assert redact("use sk-short here") == "use sk-short here"


def test_count_mixed_secrets():
    text = 'Password=a Bearer tok sk-ABCDEFGHIJKLMNOPQRST {"Api_Key": "z"}'
    assert count_redactions(text) == 4


def test_export_uses_names_and_optional_system():
    messages = [
        {"role": "system", "content": "API_KEY=zzz"},
        {"role": "user", "name": "ana", "content": "Secret: blue"},
        {"role": "assistant", "content": None},
    ]
    assert export_markdown(messages, include_system=True) == (
        "# Transcript\n\n"
        "**system:** API_KEY=[REDACTED:field]\n\n"
        "**ana:** Secret: [REDACTED:field]\n\n"
        "**assistant:** \n"
    )
