from env_scrub import child_env, describe_dropped, looks_secret

OPENAI_KEY = "sk-proj-" + "a1B2c3D4e5F6g7H8i9J0"


def test_basics_pass_and_unknown_variables_are_dropped():
    env = {"PATH": "/usr/bin", "HOME": "/home/ada", "AWS_REGION": "eu-west-1", "EDITOR": "vim"}
    kept, dropped = child_env(env)
    assert kept == {"PATH": "/usr/bin", "HOME": "/home/ada"}
    assert dropped == ["AWS_REGION", "EDITOR"]


def test_locale_variables_pass():
    kept, _ = child_env({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"})
    assert kept == {"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}


def test_secret_names_are_dropped_even_when_allowed():
    env = {"GITHUB_TOKEN": "abc", "NODE_ENV": "test"}
    kept, dropped = child_env(env, allow=["GITHUB_TOKEN", "NODE_ENV"])
    assert kept == {"NODE_ENV": "test"}
    assert dropped == ["GITHUB_TOKEN"]


def test_secret_values_are_dropped_even_when_allowed():
    env = {"OPENAI_BASE": OPENAI_KEY, "HTTPS_PROXY": "http://bob:hunter2@proxy:8080"}
    kept, dropped = child_env(env, allow=["OPENAI_BASE", "HTTPS_PROXY"])
    assert kept == {}
    assert dropped == ["HTTPS_PROXY", "OPENAI_BASE"]


def test_names_match_in_any_case():
    env = {"http_proxy": "http://proxy:3128", "Path": r"C:\Windows"}
    kept, _ = child_env(env, allow=["HTTP_PROXY"])
    assert kept == env


def test_npm_config_prefix_without_its_auth_token():
    env = {"npm_config_cache": "/tmp/npm", "npm_config__authtoken": "npm_abc123"}
    kept, dropped = child_env(env, allow_prefixes=["NPM_CONFIG_"])
    assert kept == {"npm_config_cache": "/tmp/npm"}
    assert dropped == ["npm_config__authtoken"]


def test_looks_secret():
    assert looks_secret("DATABASE_PASSWORD", "x")
    assert looks_secret("DATABASE_URL", "postgres://app:s3cret@db/app")
    assert not looks_secret("DATABASE_URL", "postgres://db/app")


def test_describe_dropped_never_shows_values():
    assert describe_dropped([]) == "environment: nothing withheld"
    line = describe_dropped(["A", "B", "C"], limit=2)
    assert line == "environment: withheld A, B and 1 more"
