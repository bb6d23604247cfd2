from child_env_builder import DEFAULT_PATH, build_child_env, search_path


def test_several_bins_keep_their_order_in_front():
    path = search_path("/usr/bin:/bin", ["/a/bin", "/b/bin"])
    assert path == "/a/bin:/b/bin:/usr/bin:/bin"


def test_bin_already_on_path_moves_to_front():
    path = search_path("/usr/bin:/opt/tools:/bin", ["/opt/tools"])
    assert path == "/opt/tools:/usr/bin:/bin"


def test_empty_entries_and_empty_bins_are_dropped():
    assert search_path("/usr/bin::/bin:", ["", "/x"]) == "/x:/usr/bin:/bin"


def test_default_path_when_parent_has_none():
    env = build_child_env({"HOME": "/h"}, tool_bins=["/agent/bin"])
    assert env["PATH"] == "/agent/bin:" + DEFAULT_PATH
    assert build_child_env({})["PATH"] == DEFAULT_PATH


def test_no_bins_keeps_parent_path():
    env = build_child_env({"PATH": "/sbin:/usr/bin"})
    assert env["PATH"] == "/sbin:/usr/bin"


def test_full_environment():
    parent = {
        "USER": "dev", "TERM": "xterm", "LC_CTYPE": "UTF-8", "AWS_SECRET_ACCESS_KEY": "k",
        "SSH_AUTH_SOCK": "/tmp/s", "PATH": "/bin", "npm_config_token": "t",
    }
    env = build_child_env(parent, allow=("SSH_AUTH_SOCK", "npm_config_token"),
                          tool_bins=["/w/.venv/bin", "/w/node_modules/.bin"])
    assert env == {
        "USER": "dev", "TERM": "xterm", "LC_CTYPE": "UTF-8", "SSH_AUTH_SOCK": "/tmp/s",
        "PATH": "/w/.venv/bin:/w/node_modules/.bin:/bin",
    }


def test_override_can_replace_path():
    env = build_child_env({"PATH": "/bin"}, tool_bins=["/x"], overrides={"PATH": "/only"})
    assert env["PATH"] == "/only"
