from glob_char_classes import glob_match


def test_negated_classes():
    assert glob_match("[!abc]", "d")
    assert not glob_match("[!abc]", "b")
    assert glob_match("[!abc]", "!")
    assert glob_match("file[!0-9].txt", "fileX.txt")
    assert not glob_match("file[!0-9].txt", "file7.txt")
    assert glob_match("[!a-c][!a-c]", "xy")


def test_open_bracket_is_not_a_member():
    assert not glob_match("[abc]", "[")
    assert not glob_match("x[yz]", "x[")
    assert glob_match("x[[]", "x[")


def test_close_bracket_as_first_member():
    assert glob_match("[]a]", "]")
    assert glob_match("[]a]", "a")
    assert not glob_match("[]a]", "b")
    assert glob_match("[!]a]", "b")
    assert not glob_match("[!]a]", "]")


def test_unclosed_bracket_is_literal():
    assert glob_match("a[b", "a[b")
    assert not glob_match("a[b", "ab")


def test_class_never_matches_slash():
    assert not glob_match("a[!x]b", "a/b")
    assert not glob_match("a?b", "a/b")


def test_stars():
    assert glob_match("*", "anything")
    assert not glob_match("*", "dir/file")
    assert glob_match("*/*", "dir/file")
    assert glob_match("a*b*c", "aXXbYYbZc")
    assert not glob_match("a*b*c", "aXXbYYbZ")
    assert glob_match("**", "")
    assert glob_match("*[0-9]", "log2")


def test_ranges_and_literal_dash():
    assert glob_match("[a-]", "-")
    assert glob_match("v[0-9][0-9]", "v42")
    assert not glob_match("v[2-5]", "v7")
