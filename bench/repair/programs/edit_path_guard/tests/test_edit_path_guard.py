import pytest

from edit_path_guard import PathGuard


@pytest.fixture
def guard(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text("print('hi')\n")
    return PathGuard(tmp_path, allow=["src/*", "docs/*.md"], deny=["*.env", "src/secrets*"])


def test_allowed_file(guard):
    verdict = guard.check("src/app.py")
    assert verdict.allowed
    assert verdict.path == "src/app.py"


def test_denylist_wins(guard):
    assert not guard.check("src/secrets.py").allowed
    assert not guard.check("src/prod.env").allowed


def test_not_on_allowlist(guard):
    verdict = guard.check("setup.py")
    assert (verdict.allowed, verdict.reason) == (False, "not on the allowlist")


def test_absolute_path_rejected(guard):
    assert not guard.check("/etc/passwd").allowed


def test_parent_directory_escape_rejected(guard):
    assert not guard.check("../outside.txt").allowed


def test_editable_filters_a_batch(guard):
    paths = ["src/app.py", "docs/intro.md", "README", "../../etc/hosts", "src/new.py"]
    assert guard.editable(paths) == ["src/app.py", "docs/intro.md", "src/new.py"]
