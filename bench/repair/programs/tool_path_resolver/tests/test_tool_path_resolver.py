import pytest

from tool_path_resolver import PathOutsideWorkspace, WorkspacePaths


def test_relative_path_from_root():
    assert WorkspacePaths("/ws").resolve("src/main.py") == "/ws/src/main.py"


def test_relative_path_after_cd():
    paths = WorkspacePaths("/ws")
    paths.change_directory("src")
    assert paths.resolve("util.py") == "/ws/src/util.py"


def test_home_means_workspace_root():
    paths = WorkspacePaths("/ws")
    paths.change_directory("src")
    assert paths.resolve("~/notes.md") == "/ws/notes.md"


def test_absolute_path_outside_rejected():
    with pytest.raises(PathOutsideWorkspace):
        WorkspacePaths("/ws").resolve("/etc/passwd")


def test_parent_directory_escape_rejected():
    with pytest.raises(PathOutsideWorkspace):
        WorkspacePaths("/ws").resolve("../etc/passwd")


def test_display_is_workspace_relative():
    paths = WorkspacePaths("/ws")
    paths.change_directory("src")
    assert paths.display("util.py") == "src/util.py"


def test_resolve_request_only_touches_paths():
    arguments = {"path": "a.txt", "mode": "w", "content": "x"}
    assert WorkspacePaths("/ws").resolve_request(arguments) == {
        "path": "/ws/a.txt", "mode": "w", "content": "x"
    }
