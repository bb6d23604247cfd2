from subprocess_env_sanitizer import EnvSanitizer


def test_mixed_case_names_match_every_pattern():
    env, dropped = EnvSanitizer().sanitize({
        "Slack_Secret": "s",
        "openai_api_key": "sk",
        "aws_region": "eu-west-1",
        "MyPassWd": "p",
        "gcp_Credentials_File": "/x.json",
        "Keyboard": "us",
    })
    assert env == {"Keyboard": "us"}
    assert dropped == ["MyPassWd", "Slack_Secret", "aws_region", "gcp_Credentials_File", "openai_api_key"]


def test_custom_patterns_ignore_case():
    s = EnvSanitizer(secret_patterns=[r"^internal_"])
    assert s.is_secret("INTERNAL_URL")
    assert s.is_secret("internal_url")
    assert not s.is_secret("GITHUB_TOKEN")


def test_keep_list_wins_over_secret_match():
    s = EnvSanitizer(keep=["SSH_AUTH_SOCK", "git_token_helper"])
    env, dropped = s.sanitize({"git_token_helper": "h", "Api_Token": "t", "SSH_AUTH_SOCK": "/s"})
    assert env == {"git_token_helper": "h", "SSH_AUTH_SOCK": "/s"}
    assert dropped == ["Api_Token"]


def test_long_values_dropped():
    s = EnvSanitizer(max_value_len=8)
    env, dropped = s.sanitize({"A": "12345678", "B": "123456789", "PATH": "/a/very/long/path"})
    assert env == {"A": "12345678", "PATH": "/a/very/long/path"}
    assert dropped == ["B"]


def test_input_not_modified_and_overrides_stringified():
    source = {"session_token": "x", "Y": "y"}
    env, dropped = EnvSanitizer().sanitize(source, overrides={"DEBUG": 1})
    assert source == {"session_token": "x", "Y": "y"}
    assert env == {"Y": "y", "DEBUG": "1"}
    assert dropped == ["session_token"]
