import pytest

from list_files_tool_prune import list_files, render


def make(root, *paths):
    for rel in paths:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")


@pytest.fixture
def ws(tmp_path):
    make(
        tmp_path,
        "README.md",
        "src/app.py",
        "src/util/helpers.py",
        "tests/test_app.py",
        ".env",
        ".git/HEAD",
        ".git/hooks/pre-commit.py",
        "node_modules/left-pad/index.js",
    )
    return tmp_path


def test_lists_nested_files_sorted(ws):
    result = list_files(ws)
    assert result["files"] == [
        "README.md",
        "src/app.py",
        "src/util/helpers.py",
        "tests/test_app.py",
    ]
    assert result["truncated"] is False


def test_pattern_on_name_and_path(ws):
    assert list_files(ws, "*.py")["files"] == [
        "src/app.py",
        "src/util/helpers.py",
        "tests/test_app.py",
    ]
    assert list_files(ws, "src/*.py")["files"] == ["src/app.py", "src/util/helpers.py"]


def test_limit_and_render(ws):
    result = list_files(ws, limit=2)
    assert result["truncated"] is True
    assert render(result) == "README.md\nsrc/app.py\n... 2 more files not shown"


def test_no_match_message(ws):
    assert render(list_files(ws, "*.rs")) == "(no matching files)"
