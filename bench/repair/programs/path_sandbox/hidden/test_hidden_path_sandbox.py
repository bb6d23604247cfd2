from path_sandbox import is_allowed, resolve

ROOT = "/data/ws"


def test_root_itself_and_dot():
    assert resolve(ROOT, ".") == ROOT
    assert resolve(ROOT + "/", "") == ROOT


def test_prefix_siblings():
    assert not is_allowed(ROOT, "/data/ws2/file")
    assert not is_allowed(ROOT, "/data/wsx")
    assert not is_allowed(ROOT, "../ws_old")


def test_inside_after_normalisation():
    assert is_allowed(ROOT, "a/../b/c.txt")
    assert resolve(ROOT, "a/./b//c") == "/data/ws/a/b/c"
    assert is_allowed(ROOT, "/data/ws/deep/file")
