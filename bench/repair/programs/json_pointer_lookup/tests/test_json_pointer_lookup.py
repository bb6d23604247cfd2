import pytest

from json_pointer_lookup import PointerError, parse_pointer, resolve, resolve_or

DOC = {
    "foo": ["bar", "baz"],
    "": 0,
    "a/b": 1,
    "m~n": 8,
    "~1": 10,
    "nested": {"list": [{"id": 7}]},
}


def test_whole_document():
    assert resolve(DOC, "") is DOC


def test_member_and_index():
    assert resolve(DOC, "/foo") == ["bar", "baz"]
    assert resolve(DOC, "/foo/0") == "bar"
    assert resolve(DOC, "/nested/list/0/id") == 7


def test_escaped_tokens():
    assert resolve(DOC, "/a~1b") == 1
    assert resolve(DOC, "/m~0n") == 8
    assert resolve(DOC, "/~01") == 10


def test_empty_member_name():
    assert resolve(DOC, "/") == 0


def test_missing_paths_raise():
    with pytest.raises(PointerError):
        resolve(DOC, "/nope")
    with pytest.raises(PointerError):
        resolve(DOC, "/foo/2")


def test_resolve_or_default():
    assert resolve_or(DOC, "/nested/missing", "dflt") == "dflt"
    assert resolve_or(DOC, "/foo/1") == "baz"
