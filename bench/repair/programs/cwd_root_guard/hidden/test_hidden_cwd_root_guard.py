import os

import pytest

from cwd_root_guard import OutsideWorkspace, display_path, resolve_cwd


@pytest.fixture
def layout(tmp_path):
    root = tmp_path / "ws"
    (root / "a" / "b").mkdir(parents=True)
    (tmp_path / "ws2").mkdir()
    (tmp_path / "wsx" / "deep").mkdir(parents=True)
    (root / "escape").symlink_to(tmp_path / "ws2")
    (root / "inner").symlink_to(root / "a")
    return tmp_path, root


def test_absolute_path_with_shared_prefix_is_rejected(layout):
    base, root = layout
    for other in ("ws2", "wsx", "wsx/deep"):
        with pytest.raises(OutsideWorkspace):
            resolve_cwd(str(root), str(base / other))


def test_symlink_out_is_rejected(layout):
    _, root = layout
    with pytest.raises(OutsideWorkspace):
        resolve_cwd(str(root), "escape")


def test_symlink_inside_is_fine(layout):
    _, root = layout
    assert resolve_cwd(str(root), "inner/b") == os.path.realpath(root / "a" / "b")


def test_dotdot_that_stays_inside(layout):
    _, root = layout
    assert resolve_cwd(str(root), "a/b/../..") == os.path.realpath(root)
    assert resolve_cwd(str(root), str(root / "a")) == os.path.realpath(root / "a")


def test_missing_directory(layout):
    _, root = layout
    with pytest.raises(NotADirectoryError):
        resolve_cwd(str(root), "nope")


def test_display_of_outside_path_is_absolute(layout):
    base, root = layout
    outside = base / "ws2"
    assert display_path(str(root), str(outside)) == os.path.realpath(outside)
    assert display_path(str(root), str(root / "a" / "b")) == os.path.join("a", "b")


def test_trailing_slash_on_root(layout):
    base, root = layout
    assert resolve_cwd(str(root) + os.sep, "a") == os.path.realpath(root / "a")
    with pytest.raises(OutsideWorkspace):
        resolve_cwd(str(root) + os.sep, str(base / "ws2"))
