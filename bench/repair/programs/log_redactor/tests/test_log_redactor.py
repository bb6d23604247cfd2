from log_redactor import Redactor


def test_known_secret_replaced_by_its_name():
    redactor = Redactor({"OPENAI_API_KEY": "sk-abc123def456"})
    line = "calling model with key sk-abc123def456"
    assert redactor.redact(line) == "calling model with key [OPENAI_API_KEY]"


def test_bearer_token():
    redactor = Redactor({})
    line = "GET /v1/models Authorization: Bearer eyJhbGciOi.J9.x-y"
    assert redactor.redact(line) == "GET /v1/models Authorization: Bearer [REDACTED]"


def test_key_value_pairs():
    redactor = Redactor({})
    assert redactor.redact("retrying with password=hunter22") == "retrying with password=[REDACTED]"


def test_short_secrets_ignored():
    redactor = Redactor({"DEBUG": "1"})
    assert redactor.redact("step 1 of 3") == "step 1 of 3"


def test_two_secrets_on_one_line():
    redactor = Redactor({"GITHUB_TOKEN": "ghp_0000aaaa1111", "DB_URL": "postgres://u:pw@db/app"})
    line = "cloning with ghp_0000aaaa1111, then connecting to postgres://u:pw@db/app"
    assert redactor.redact(line) == "cloning with [GITHUB_TOKEN], then connecting to [DB_URL]"


def test_fields():
    redactor = Redactor({"SLACK": "xoxb-999-888"})
    fields = {"tool": "notify", "api_key": "anything", "message": "posted via xoxb-999-888"}
    assert redactor.redact_fields(fields) == {
        "tool": "notify", "api_key": "[REDACTED]", "message": "posted via [SLACK]",
    }
