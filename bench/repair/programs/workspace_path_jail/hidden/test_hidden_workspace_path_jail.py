import pytest

from workspace_path_jail import PathEscapeError, display, resolve, resolve_many


@pytest.mark.parametrize("path", [
    "/srv/ws2/file.txt",
    "../ws_old/notes.md",
    "/srv/wsx",
    "..\\ws-1\\a.py",
])
def test_sibling_prefix_directories_rejected(path):
    with pytest.raises(PathEscapeError):
        resolve("/srv/ws", path)


def test_root_itself_allowed():
    assert resolve("/srv/ws/", ".") == "/srv/ws"
    assert resolve("/srv/ws", "a/..") == "/srv/ws"
    assert resolve("/srv/ws", "../ws") == "/srv/ws"


def test_backslash_escape_rejected():
    with pytest.raises(PathEscapeError):
        resolve("/srv/ws", "..\\..\\etc\\hosts")
    assert resolve("/srv/ws", "pkg\\mod.py") == "/srv/ws/pkg/mod.py"


def test_bad_inputs():
    for bad in ["", "a\x00b", "~/.ssh/id_rsa"]:
        with pytest.raises(PathEscapeError):
            resolve("/srv/ws", bad)


def test_filesystem_root_workspace():
    assert resolve("/", "etc/hosts") == "/etc/hosts"


def test_trailing_slash_root_and_prefix_sibling():
    with pytest.raises(PathEscapeError):
        resolve("/data/proj/", "/data/project/x")
    assert display("/data/proj/", "/data/proj/x/y") == "./x/y"


def test_resolve_many_keeps_order():
    ok, rejected = resolve_many("/w", ["z", "../wx/y", "/w/a", "/wa"])
    assert ok == ["/w/z", "/w/a"]
    assert rejected == ["../wx/y", "/wa"]
