from child_env_builder import build_child_env, is_secret


PARENT = {
    "HOME": "/home/dev",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/bin:/bin",
    "GITHUB_TOKEN": "ghp_xxx",
    "EDITOR": "vim",
    "PYTHONPATH": "/opt/lib",
}


def test_secret_names():
    assert is_secret("GITHUB_TOKEN")
    assert is_secret("openai_api_key")
    assert is_secret("DB_PASSWORD")
    assert not is_secret("HOME")


def test_only_known_variables_are_copied():
    env = build_child_env(PARENT)
    assert env["HOME"] == "/home/dev"
    assert env["LC_ALL"] == "C.UTF-8"
    assert "EDITOR" not in env
    assert "GITHUB_TOKEN" not in env


def test_allow_list_but_never_secrets():
    env = build_child_env(PARENT, allow=("EDITOR", "GITHUB_TOKEN"))
    assert env["EDITOR"] == "vim"
    assert "GITHUB_TOKEN" not in env


def test_tool_bin_goes_on_path():
    env = build_child_env(PARENT, tool_bins=["/opt/agent/bin"])
    assert env["PATH"] == "/opt/agent/bin:/usr/bin:/bin"


def test_overrides_win():
    env = build_child_env(PARENT, overrides={"LANG": "en_US.UTF-8", "CI": "1"})
    assert env["LANG"] == "en_US.UTF-8"
    assert env["CI"] == "1"
