from file_tree_summary import render_tree, summarize


def test_extension_bytes_accumulate_case_insensitively():
    s = summarize([("a/X.JSON", 10), ("b.json", 5), ("c/.env", 7), ("c/d/e.json", 1)])
    assert s["by_ext"] == {".json": {"files": 3, "bytes": 16}, "(none)": {"files": 1, "bytes": 7}}
    assert s["dirs"] == 3


def test_largest_ties_by_path():
    s = summarize([("z.txt", 9), ("a.txt", 9), ("m.txt", 1)], top=5)
    assert s["largest"] == ["a.txt", "z.txt", "m.txt"]


def test_empty_workspace():
    assert summarize([]) == {"files": 0, "dirs": 0, "bytes": 0, "by_ext": {}, "largest": []}


def test_depth_one_collapses_every_directory():
    paths = ["pkg/a.py", "pkg/sub/b.py", "pkg/sub/c.py", "setup.py"]
    assert render_tree(paths, max_depth=1) == "pkg/\n  ... 3 files\nsetup.py"


def test_depth_three_shows_nested_files():
    paths = ["a/b/c/d.txt", "a/b/e.txt", "a/f.txt"]
    assert render_tree(paths, max_depth=3, indent="-") == "\n".join([
        "a/", "-b/", "--c/", "---... 1 files", "--e.txt", "-f.txt",
    ])


def test_flat_listing():
    assert render_tree(["b", "a", "/c/"]) == "a\nb\nc"
