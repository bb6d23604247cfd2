from dot_segment_normpath import join, normpath, split_parts


def test_collapses_dots_and_slashes():
    assert normpath("/a/./b//c/") == "/a/b/c"
    assert normpath("a/b/../c") == "a/c"


def test_empty_and_current_dir():
    assert normpath("") == "."
    assert normpath("./.") == "."


def test_absolute_path_stays_under_root():
    assert normpath("/../etc/passwd") == "/etc/passwd"


def test_relative_parent_segments_are_kept():
    assert normpath("../../lib") == "../../lib"


def test_join_pieces():
    assert join("src", "pkg", "../util.py") == "src/util.py"
    assert join("src/", "/etc", "hosts") == "/etc/hosts"


def test_split_parts():
    assert split_parts("/usr//local/bin/") == ["/", "usr", "local", "bin"]
    assert split_parts("docs/./api") == ["docs", "api"]
