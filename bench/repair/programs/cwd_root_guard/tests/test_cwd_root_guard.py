import os

import pytest

from cwd_root_guard import OutsideWorkspace, display_path, resolve_cwd


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "proj"
    (root / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "proj-backup").mkdir()
    return root


def test_default_is_the_root(workspace):
    assert resolve_cwd(str(workspace)) == os.path.realpath(workspace)


def test_relative_subdirectory(workspace):
    assert resolve_cwd(str(workspace), "src/pkg") == os.path.realpath(workspace / "src" / "pkg")


def test_parent_directory_is_rejected(workspace):
    with pytest.raises(OutsideWorkspace):
        resolve_cwd(str(workspace), "..")


def test_neighbouring_directory_is_rejected(workspace):
    with pytest.raises(OutsideWorkspace):
        resolve_cwd(str(workspace), "../proj-backup")


def test_display_path(workspace):
    assert display_path(str(workspace), str(workspace / "src")) == "src"
    assert display_path(str(workspace), str(workspace)) == "."
