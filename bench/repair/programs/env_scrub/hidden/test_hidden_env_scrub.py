import pytest

from env_scrub import child_env, looks_secret


@pytest.mark.parametrize("name", [
    "github_token", "Db_Password", "aws_secret_access_key", "gitlab_private_token",
    "openai_api_key", "Session_Cookie", "gcloud_credentials", "npm_config__authToken",
])
def test_secret_names_in_any_case_never_pass(name):
    kept, dropped = child_env({name: "value", "PATH": "/bin"}, allow=[name])
    assert kept == {"PATH": "/bin"}
    assert dropped == [name]


def test_secret_names_under_an_allowed_prefix_in_lower_case():
    env = {"myapp_host": "localhost", "myapp_secret": "x", "MYAPP_PORT": "80", "myapp_passwd": "y"}
    kept, dropped = child_env(env, allow_prefixes=["MyApp_"])
    assert kept == {"myapp_host": "localhost", "MYAPP_PORT": "80"}
    assert dropped == ["myapp_passwd", "myapp_secret"]


@pytest.mark.parametrize("value", [
    "ghp_" + "A" * 36,
    "AKIA" + "ABCDEFGHIJKLMNOP",
    "xoxb-1234567890-abcdef",
    "https://user:pa55@example.com/repo.git",
    "Bearer sk-" + "x" * 24,
])
def test_secret_values(value):
    assert looks_secret("SOME_SETTING", value)
    kept, dropped = child_env({"SOME_SETTING": value}, allow=["some_setting"])
    assert kept == {}
    assert dropped == ["SOME_SETTING"]


def test_harmless_values_and_names_pass():
    env = {"GIT_AUTHOR_NAME": "Ada", "git_dir": "/repo/.git", "Lc_Ctype": "C", "TZ": "UTC"}
    kept, dropped = child_env(env, allow_prefixes=["git_"])
    assert kept == env
    assert dropped == []


def test_dropped_names_sorted_and_input_untouched():
    env = {"ZED": "1", "alpha_token": "t", "Beta": "2", "PATH": "/bin"}
    snapshot = dict(env)
    kept, dropped = child_env(env)
    assert kept == {"PATH": "/bin"}
    assert dropped == sorted(["ZED", "alpha_token", "Beta"])
    assert env == snapshot
