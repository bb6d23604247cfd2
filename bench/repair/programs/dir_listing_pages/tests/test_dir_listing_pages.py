import pytest

from dir_listing_pages import list_directory

WORKSPACE = [
    "README.md",
    "setup.py",
    ".gitignore",
    ".github/workflows/ci.yml",
    "src/app/__init__.py",
    "src/app/cli.py",
    "src/app/core.py",
    "src/app/data/schema.json",
    "src/app/notes.txt",
    "docs/index.md",
]


def test_root_lists_directories_first():
    listing = list_directory(WORKSPACE)
    assert listing["entries"] == ["docs/", "src/", "README.md", "setup.py"]
    assert listing["total"] == 4
    assert listing["next_offset"] is None


def test_nested_directory():
    listing = list_directory(WORKSPACE, "src/app")
    assert listing["entries"] == ["data/", "__init__.py", "cli.py", "core.py", "notes.txt"]


def test_pages_through_entries():
    first = list_directory(WORKSPACE, "src/app", limit=2)
    assert first["entries"] == ["data/", "__init__.py"]
    assert first["next_offset"] == 2
    second = list_directory(WORKSPACE, "src/app", offset=first["next_offset"], limit=2)
    assert second["entries"] == ["cli.py", "core.py"]
    assert second["next_offset"] == 4


def test_pattern_filters_files():
    listing = list_directory(WORKSPACE, "src/app", pattern="*.py")
    assert listing["entries"] == ["data/", "__init__.py", "cli.py", "core.py"]
    assert listing["total"] == 4


def test_hidden_entries_on_request():
    listing = list_directory(WORKSPACE, show_hidden=True, limit=3)
    assert listing["entries"] == [".github/", "docs/", "src/"]
    assert listing["total"] == 6
    assert listing["next_offset"] == 3


def test_unknown_directory():
    with pytest.raises(FileNotFoundError):
        list_directory(WORKSPACE, "lib")
