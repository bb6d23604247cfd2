import pytest

from workspace_path_jail import PathEscapeError, display, resolve, resolve_many

ROOT = "/home/agent/repo"


def test_relative_path():
    assert resolve(ROOT, "src/main.py") == "/home/agent/repo/src/main.py"
    assert resolve(ROOT, "./src/../README.md") == "/home/agent/repo/README.md"


def test_parent_escape_rejected():
    with pytest.raises(PathEscapeError):
        resolve(ROOT, "../../etc/passwd")


def test_absolute_paths():
    assert resolve(ROOT, "/home/agent/repo/setup.cfg") == "/home/agent/repo/setup.cfg"
    with pytest.raises(PathEscapeError):
        resolve(ROOT, "/etc/shadow")


def test_display():
    assert display(ROOT, "src//util.py") == "./src/util.py"
    assert display(ROOT, ".") == "."


def test_resolve_many_reports_rejections():
    ok, rejected = resolve_many(ROOT, ["a.txt", "../repo-backup/secrets.env", "b/c.txt"])
    assert ok == ["/home/agent/repo/a.txt", "/home/agent/repo/b/c.txt"]
    assert rejected == ["../repo-backup/secrets.env"]
