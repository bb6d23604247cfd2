import pytest

from dir_listing_pages import list_directory

TREE = [
    ".env",
    ".cache/x.bin",
    "Makefile",
    "a.py",
    "b.txt",
    "c.py",
    "d.md",
    "e.py",
    "f.txt",
    "g.py",
    "pkg/mod.py",
    "pkg/.hidden.py",
    "pkg/sub/deep.py",
    "tests/test_a.py",
    "tests/test_b.py",
]


def _all_pages(directory="", limit=2, **options):
    entries, offset, totals = [], 0, set()
    while offset is not None:
        page = list_directory(TREE, directory, offset=offset, limit=limit, **options)
        assert len(page["entries"]) <= limit
        if page["next_offset"] is not None:
            assert len(page["entries"]) == limit
        entries += page["entries"]
        totals.add(page["total"])
        offset = page["next_offset"]
    assert totals == {len(entries)}
    return entries


def test_default_listing_hides_dot_names():
    assert list_directory(TREE)["entries"] == [
        "pkg/", "tests/", "Makefile", "a.py", "b.txt", "c.py", "d.md", "e.py", "f.txt", "g.py",
    ]


def test_pattern_pages_are_full():
    first = list_directory(TREE, pattern="*.py", limit=3)
    assert first["entries"] == ["pkg/", "tests/", "a.py"]
    assert first["total"] == 6
    assert first["next_offset"] == 3
    second = list_directory(TREE, pattern="*.py", offset=3, limit=3)
    assert second["entries"] == ["c.py", "e.py", "g.py"]
    assert second["next_offset"] is None


def test_paging_matches_single_listing():
    for options in ({}, {"pattern": "*.py"}, {"pattern": "*.txt", "show_hidden": True},
                    {"show_hidden": True}, {"pattern": "?.md"}):
        whole = list_directory(TREE, limit=100, **options)["entries"]
        for limit in (1, 2, 3, 4, 7):
            assert _all_pages(limit=limit, **options) == whole, (options, limit)


def test_hidden_files_skipped_inside_directory():
    assert list_directory(TREE, "pkg", limit=1)["entries"] == ["sub/"]
    assert list_directory(TREE, "pkg", offset=1, limit=1) == {
        "entries": ["mod.py"], "total": 2, "next_offset": None,
    }
    assert _all_pages("pkg", limit=1, show_hidden=True) == ["sub/", ".hidden.py", "mod.py"]


def test_hidden_dot_file_at_root_with_pattern():
    listing = list_directory(TREE, pattern=".*", show_hidden=True, limit=2)
    assert listing["entries"] == [".cache/", "pkg/"]
    assert listing["total"] == 4
    assert _all_pages(pattern=".*", show_hidden=True) == [".cache/", "pkg/", "tests/", ".env"]


def test_offset_past_the_end():
    listing = list_directory(TREE, "tests", pattern="*.py", offset=5)
    assert listing == {"entries": [], "total": 2, "next_offset": None}


def test_directory_with_slashes_and_errors():
    assert list_directory(TREE, "/pkg/sub/")["entries"] == ["deep.py"]
    with pytest.raises(FileNotFoundError):
        list_directory(TREE, "pk")
    with pytest.raises(ValueError):
        list_directory(TREE, limit=0)
