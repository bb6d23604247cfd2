from levenshtein import closest, distance


def test_identical_strings():
    assert distance("search", "search") == 0


def test_against_empty_string():
    assert distance("", "abc") == 3
    assert distance("abcd", "") == 4


def test_kitten_sitting():
    assert distance("kitten", "sitting") == 3


def test_doubled_letter_typo():
    assert distance("readd_file", "read_file") == 1


def test_suggests_closest_tool_name():
    assert closest("serch", ["read_file", "search", "write_file"]) == "search"


def test_no_candidates():
    assert closest("x", []) is None
