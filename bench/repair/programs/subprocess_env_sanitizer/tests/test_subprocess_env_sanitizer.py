from subprocess_env_sanitizer import EnvSanitizer


def test_drops_obvious_secrets():
    env, dropped = EnvSanitizer().sanitize({
        "GITHUB_TOKEN": "ghp_x",
        "AWS_ACCESS_KEY_ID": "AKIA",
        "DB_PASSWORD": "hunter2",
        "EDITOR": "vim",
    })
    assert env == {"EDITOR": "vim"}
    assert dropped == ["AWS_ACCESS_KEY_ID", "DB_PASSWORD", "GITHUB_TOKEN"]


def test_always_keeps_path_and_home():
    env, _ = EnvSanitizer().sanitize({"PATH": "/usr/bin", "HOME": "/home/a", "SHELL": "/bin/sh"})
    assert env == {"PATH": "/usr/bin", "HOME": "/home/a", "SHELL": "/bin/sh"}


def test_lowercase_secret_names_are_dropped_too():
    env, dropped = EnvSanitizer().sanitize({"npm_config_token": "abc", "pager": "less"})
    assert env == {"pager": "less"}
    assert dropped == ["npm_config_token"]


def test_overrides_are_applied_last():
    env, _ = EnvSanitizer().sanitize({"CI": "false", "X": "1"}, overrides={"CI": "true", "JOBS": 4})
    assert env == {"CI": "true", "X": "1", "JOBS": "4"}
