from log_redactor import Redactor

SECRETS = {
    "AWS_SECRET": "wJalrXUtnFEMI/K7MDENG",
    "STRIPE_KEY": "sk_live_51HxYz",
    "ANTHROPIC_KEY": "sk-ant-api03-QQQ",
}


def test_three_secrets_in_one_line():
    redactor = Redactor(SECRETS)
    line = "env: sk-ant-api03-QQQ | sk_live_51HxYz | wJalrXUtnFEMI/K7MDENG"
    assert redactor.redact(line) == "env: [ANTHROPIC_KEY] | [STRIPE_KEY] | [AWS_SECRET]"


def test_same_secret_twice_and_another():
    redactor = Redactor(SECRETS)
    line = "sk_live_51HxYz retried with sk_live_51HxYz after wJalrXUtnFEMI/K7MDENG failed"
    assert redactor.redact(line) == "[STRIPE_KEY] retried with [STRIPE_KEY] after [AWS_SECRET] failed"


def test_secret_containing_another():
    redactor = Redactor({"SHORT": "abcdef12", "LONG": "abcdef12-extended"})
    line = "tokens abcdef12-extended and abcdef12"
    assert redactor.redact(line) == "tokens [LONG] and [SHORT]"


def test_secret_and_bearer_and_key_value():
    redactor = Redactor({"WEBHOOK": "hooks/T000/B000/XXXX"})
    line = "post to hooks/T000/B000/XXXX with Bearer abc.def and access_token=zzz"
    assert redactor.redact(line) == (
        "post to [WEBHOOK] with Bearer [REDACTED] and access_token=[REDACTED]"
    )


def test_nested_fields_with_several_secrets():
    redactor = Redactor(SECRETS)
    fields = {
        "request": {"url": "https://api/x?k=sk_live_51HxYz", "note": "wJalrXUtnFEMI/K7MDENG"},
        "attempt": 2,
        "Authorization": "Bearer whatever",
        "output": "sk-ant-api03-QQQ then sk_live_51HxYz",
    }
    assert redactor.redact_fields(fields) == {
        "request": {"url": "https://api/x?k=[STRIPE_KEY]", "note": "[AWS_SECRET]"},
        "attempt": 2,
        "Authorization": "[REDACTED]",
        "output": "[ANTHROPIC_KEY] then [STRIPE_KEY]",
    }


def test_line_without_secrets_unchanged():
    redactor = Redactor(SECRETS)
    assert redactor.redact("all good: 3 files changed") == "all good: 3 files changed"
