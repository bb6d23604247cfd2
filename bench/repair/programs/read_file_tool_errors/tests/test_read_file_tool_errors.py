import pytest

from read_file_tool_errors import read_file


@pytest.fixture
def ws(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text("import os\n\nprint(os.getcwd())\n")
    (tmp_path / "notes.txt").write_text("one\ntwo\nthree\nfour\n")
    return tmp_path


def test_reads_with_line_numbers(ws):
    result = read_file(ws, "src/app.py")
    assert result["ok"]
    assert result["content"] == "   1  import os\n   2  \n   3  print(os.getcwd())"
    assert result["total_lines"] == 3


def test_line_window(ws):
    result = read_file(ws, "notes.txt", start_line=2, max_lines=2)
    assert result["content"] == "   2  two\n   3  three"


def test_missing_file(ws):
    assert read_file(ws, "nope.py") == {"ok": False, "error": "not a file: nope.py"}


def test_directory_is_not_a_file(ws):
    assert read_file(ws, "src") == {"ok": False, "error": "not a file: src"}


def test_outside_workspace(ws):
    result = read_file(ws, "../secret.txt")
    assert not result["ok"]
    assert result["error"].startswith("outside workspace")
