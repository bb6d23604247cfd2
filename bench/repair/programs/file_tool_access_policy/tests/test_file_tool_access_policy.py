import pytest

from file_tool_access_policy import FileAccessPolicy


def make():
    return FileAccessPolicy(
        "/work/repo",
        allow_roots=["src", "tests", "/tmp/scratch"],
        deny_roots=["src/secrets"],
        deny_names=["*.pem", ".env"],
    )


def test_allows_files_under_allowed_roots():
    p = make()
    assert p.is_allowed("src/app.py")
    assert p.is_allowed("tests/test_app.py")
    assert p.is_allowed("/tmp/scratch/out.txt")


def test_rejects_paths_outside_allowed_roots():
    p = make()
    assert not p.is_allowed("README.md")
    assert not p.is_allowed("/etc/passwd")
    assert not p.is_allowed("src/../../other/x.py")


def test_sibling_with_shared_prefix_is_not_allowed():
    p = make()
    assert not p.is_allowed("src2/app.py")


def test_denied_folder_is_blocked():
    p = make()
    assert not p.is_allowed("src/secrets/db.txt")


def test_check_returns_resolved_path():
    p = make()
    assert p.check("src/./pkg/../app.py") == "/work/repo/src/app.py"
    with pytest.raises(PermissionError):
        p.check("../outside.txt")
