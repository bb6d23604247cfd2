import os

import pytest

from edit_path_guard import PathGuard, SandboxViolation


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "ws"
    (root / "src").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "loot.py").write_text("x = 1\n")
    return root


def test_dot_segments_that_stay_inside(workspace):
    guard = PathGuard(workspace, allow=["src/*"])
    verdict = guard.check("src/../src/./main.py")
    assert (verdict.allowed, verdict.path) == (True, "src/main.py")


def test_dot_segments_that_leave(workspace):
    guard = PathGuard(workspace, allow=["*"])
    for raw in ("src/../../elsewhere/loot.py", "..", "src/../../ws2/x.py"):
        verdict = guard.check(raw)
        assert not verdict.allowed
        assert verdict.path == raw


def test_symlink_out_of_the_workspace(workspace, tmp_path):
    os.symlink(tmp_path / "elsewhere", workspace / "src" / "link")
    guard = PathGuard(workspace, allow=["src/*", "src/*/*"])
    assert not guard.check("src/link/loot.py").allowed
    assert guard.editable(["src/link/loot.py", "src/ok.py"]) == ["src/ok.py"]


def test_symlink_inside_the_workspace(workspace):
    (workspace / "docs").mkdir()
    os.symlink(workspace / "docs", workspace / "src" / "docs_link")
    guard = PathGuard(workspace, allow=["docs/*"])
    verdict = guard.check("src/docs_link/a.md")
    assert (verdict.allowed, verdict.path) == (True, "docs/a.md")


def test_other_rejections_keep_their_reason(workspace):
    guard = PathGuard(workspace, allow=["*"])
    assert guard.check("/tmp/x").reason == "absolute paths are not allowed"
    assert guard.check("  ").reason == "empty path or NUL byte"
    with pytest.raises(SandboxViolation):
        guard.relative("/tmp/x")


def test_relative_inside(workspace):
    assert PathGuard(workspace, allow=[]).relative("src/a/../b.py") == "src/b.py"
