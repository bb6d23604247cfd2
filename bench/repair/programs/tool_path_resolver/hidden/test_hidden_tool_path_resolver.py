import pytest

from tool_path_resolver import PathOutsideWorkspace, WorkspacePaths


def test_dots_are_normalised():
    paths = WorkspacePaths("/srv/agent")
    assert paths.resolve("a/./b/../c.txt") == "/srv/agent/a/c.txt"
    assert paths.resolve("/srv/agent/x//y/") == "/srv/agent/x/y"


def test_dot_dot_inside_workspace_is_allowed():
    paths = WorkspacePaths("/srv/agent")
    paths.change_directory("pkg/sub")
    assert paths.resolve("../README.md") == "/srv/agent/pkg/README.md"
    assert paths.change_directory("../..") == "/srv/agent"
    assert paths.cwd == "/srv/agent"


def test_escapes_rejected_from_nested_directories():
    paths = WorkspacePaths("/srv/agent/")
    paths.change_directory("pkg")
    for raw in ("../../etc/shadow", "../..", "sub/../../../x", "~/../other"):
        with pytest.raises(PathOutsideWorkspace):
            paths.resolve(raw)
    with pytest.raises(PathOutsideWorkspace):
        paths.change_directory("../../tmp")
    assert paths.cwd == "/srv/agent/pkg"


def test_sibling_with_same_prefix_rejected():
    with pytest.raises(PathOutsideWorkspace):
        WorkspacePaths("/srv/agent").resolve("/srv/agent-other/secret")


def test_cwd_is_stored_normalised():
    paths = WorkspacePaths("/srv/agent")
    assert paths.change_directory("a/../b/./c") == "/srv/agent/b/c"


def test_display_forms():
    paths = WorkspacePaths("/srv/agent")
    paths.change_directory("a/b")
    assert paths.display("../c/d.txt") == "a/c/d.txt"
    assert paths.display("/srv/agent/top.txt") == "top.txt"
    assert paths.display("~") == "."
    assert paths.display(".") == "a/b"


def test_resolve_request_copy_and_errors():
    paths = WorkspacePaths("/srv/agent")
    paths.change_directory("data")
    arguments = {"source": "in/../raw.csv", "destination": "~/out.csv", "path": 3}
    assert paths.resolve_request(arguments) == {
        "source": "/srv/agent/data/raw.csv", "destination": "/srv/agent/out.csv", "path": 3
    }
    assert arguments["source"] == "in/../raw.csv"
    with pytest.raises(PathOutsideWorkspace):
        paths.resolve_request({"path": "../../etc/hosts"})
