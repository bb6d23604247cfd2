from file_tree_summary import render_tree, summarize

FILES = [
    ("README.md", 1200),
    ("src/app.py", 5000),
    ("src/util/strings.py", 800),
    ("tests/test_app.py", 2100),
    ("Makefile", 300),
]


def test_totals():
    s = summarize(FILES)
    assert s["files"] == 5
    assert s["bytes"] == 9400
    assert s["dirs"] == 3


def test_by_extension():
    s = summarize(FILES)
    assert s["by_ext"][".py"] == {"files": 3, "bytes": 7900}
    assert s["by_ext"]["(none)"] == {"files": 1, "bytes": 300}


def test_largest_files():
    assert summarize(FILES, top=2)["largest"] == ["src/app.py", "tests/test_app.py"]


def test_render_tree_collapses_deep_levels():
    paths = [p for p, _ in FILES]
    assert render_tree(paths, max_depth=2) == "\n".join([
        "src/",
        "  util/",
        "    ... 1 files",
        "  app.py",
        "tests/",
        "  test_app.py",
        "Makefile",
        "README.md",
    ])
