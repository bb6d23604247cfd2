from path_glob_match import glob_match, segment_match, select


def test_segment_wildcards():
    assert segment_match("*.py", "main.py")
    assert segment_match("test_?.py", "test_a.py")
    assert not segment_match("*.py", "main.pyc")


def test_star_does_not_cross_directories():
    assert glob_match("src/*.py", "src/app.py")
    assert not glob_match("src/*.py", "src/pkg/app.py")


def test_double_star_in_middle():
    assert glob_match("src/**/*.py", "src/app.py")
    assert glob_match("src/**/*.py", "src/a/b/c.py")


def test_double_star_at_end():
    assert glob_match("build/**", "build/lib/x.o")


def test_select_with_negation():
    paths = ["a.log", "keep.log", "a.txt"]
    assert select(paths, ["*.log", "!keep.log"]) == ["a.log"]
