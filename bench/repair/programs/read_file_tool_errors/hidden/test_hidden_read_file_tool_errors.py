import os

import pytest

from read_file_tool_errors import read_file


@pytest.fixture
def ws(tmp_path):
    root = tmp_path / "ws"
    (root / "pkg" / "sub").mkdir(parents=True)
    (root / "pkg" / "mod.py").write_text("x = 1\n")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00")
    (tmp_path / "outside.txt").write_text("secret\n")
    return root


def test_nested_and_root_directories(ws):
    assert read_file(ws, "pkg/sub") == {"ok": False, "error": "not a file: pkg/sub"}
    assert read_file(ws, ".") == {"ok": False, "error": "not a file: ."}
    assert read_file(ws, "pkg/") == {"ok": False, "error": "not a file: pkg/"}


def test_path_through_a_file(ws):
    assert read_file(ws, "pkg/mod.py/extra") == {
        "ok": False,
        "error": "not a file: pkg/mod.py/extra",
    }


def test_binary_file(ws):
    assert read_file(ws, "logo.png") == {"ok": False, "error": "binary file: logo.png"}


def test_symlink_escape_refused(ws):
    os.symlink(ws.parent / "outside.txt", ws / "link.txt")
    result = read_file(ws, "link.txt")
    assert not result["ok"] and result["error"] == "outside workspace: link.txt"


def test_symlinked_directory_inside_workspace(ws):
    os.symlink(ws / "pkg", ws / "alias")
    assert read_file(ws, "alias") == {"ok": False, "error": "not a file: alias"}
    assert read_file(ws, "alias/mod.py")["content"] == "   1  x = 1"


def test_window_past_end(ws):
    result = read_file(ws, "pkg/mod.py", start_line=5, max_lines=3)
    assert result == {"ok": True, "content": "", "total_lines": 1, "truncated": False}
