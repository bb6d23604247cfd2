import posixpath

import pytest

from dot_segment_normpath import join, normpath, split_parts

CASES = [
    "a/../../b",
    "../a/..",
    "../a/../..",
    "a/b/../../..",
    "x/../../y/../z",
    "./../.././q",
    "..",
    "../",
    "a/..",
    "/a/b/../../..",
    "/../../x/./y/..",
    "/",
    "a//b///c",
    "././a/./b/.",
    "a/b/c/../../../../../d",
]


@pytest.mark.parametrize("path", CASES)
def test_matches_posixpath(path):
    assert normpath(path) == posixpath.normpath(path)


def test_parent_chain_relative():
    assert normpath("a/../../b") == "../b"
    assert normpath("../../../x/y/../z") == "../../../x/z"


def test_join_climbing_out_of_base():
    assert join("a", "..", "..", "c") == "../c"
    assert join("", "x", "../../y") == "../y"


def test_split_parts_with_parents():
    assert split_parts("../../a/b/..") == ["..", "..", "a"]
    assert split_parts("/") == ["/"]
    assert split_parts(".") == []
