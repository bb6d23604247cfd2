import pytest

from file_tool_access_policy import FileAccessPolicy


def make():
    return FileAccessPolicy(
        "/home/agent/ws",
        allow_roots=["", "/data/shared"],
        deny_roots=[".git", "build/cache", "/data/shared/private"],
        deny_names=["id_*", "*.key"],
    )


def test_deny_root_inside_allowed_workspace():
    p = make()
    assert not p.is_allowed(".git/config")
    assert not p.is_allowed(".git")
    assert not p.is_allowed("build/cache/obj.o")
    assert p.is_allowed("build/out.o")


def test_absolute_deny_root_inside_absolute_allow_root():
    p = make()
    assert p.is_allowed("/data/shared/report.csv")
    assert not p.is_allowed("/data/shared/private/salaries.csv")
    assert p.is_allowed("/data/shared/private2/notes.txt")


def test_dotdot_into_denied_root_is_blocked():
    p = make()
    assert not p.is_allowed("docs/../.git/HEAD")
    with pytest.raises(PermissionError):
        p.check("src/../build/cache/x")


def test_denied_names_anywhere():
    p = make()
    assert not p.is_allowed("home/id_rsa")
    assert not p.is_allowed("/data/shared/tls.key")
    assert p.is_allowed("keys.txt")


def test_outside_everything():
    p = make()
    assert not p.is_allowed("/etc/hosts")
    assert not p.is_allowed("../other/file")
    assert p.check("a/b/../c.txt") == "/home/agent/ws/a/c.txt"
