from path_glob_match import glob_match, segment_match, select


def test_segment_edge_cases():
    assert segment_match("*", "")
    assert segment_match("", "")
    assert not segment_match("?", "")
    assert segment_match("a*b*c", "aXXbYYc")
    assert not segment_match("a*b*c", "aXXbYY")


def test_trailing_double_star():
    assert glob_match("node_modules/**", "node_modules/react/index.js")
    assert glob_match("docs/**", "docs/readme.md")
    assert glob_match("docs/**", "docs")
    assert not glob_match("docs/**", "src/docs.md")


def test_leading_double_star():
    assert glob_match("**/*.pyc", "a/b/__pycache__/m.pyc")
    assert glob_match("**/*.pyc", "m.pyc")
    assert glob_match("**", "any/depth/at/all")


def test_two_double_stars():
    assert glob_match("**/tests/**", "pkg/tests/unit/test_a.py")
    assert glob_match("**/tests/**", "tests/x")
    assert not glob_match("**/tests/**", "pkg/test/x")


def test_select_directory_trees():
    paths = ["dist/a.whl", "dist/sub/b.tar.gz", "src/dist.py", "dist/keep/me.txt"]
    assert select(paths, ["dist/**", "!dist/keep/**"]) == ["dist/a.whl", "dist/sub/b.tar.gz"]
