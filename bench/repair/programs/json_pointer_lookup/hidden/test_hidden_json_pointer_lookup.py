import pytest

from json_pointer_lookup import PointerError, parse_pointer, resolve, resolve_or


def test_parse_pointer_tokens():
    assert parse_pointer("") == []
    assert parse_pointer("/") == [""]
    assert parse_pointer("/a~1b/c~0d") == ["a/b", "c~d"]


def test_tilde_zero_one_is_literal_tilde_one():
    assert parse_pointer("/~01") == ["~1"]
    assert parse_pointer("/x~01y") == ["x~1y"]
    assert parse_pointer("/~00") == ["~0"]
    assert parse_pointer("/~10") == ["/0"]


def test_escape_round_trip_keys():
    doc = {"~1": "tilde-one", "/": "slash", "~/": "both", "~": "tilde"}
    assert resolve(doc, "/~01") == "tilde-one"
    assert resolve(doc, "/~1") == "slash"
    assert resolve(doc, "/~0~1") == "both"
    assert resolve(doc, "/~0") == "tilde"


def test_pointer_without_leading_slash():
    with pytest.raises(PointerError):
        parse_pointer("foo")


def test_bad_indices():
    doc = {"xs": [1, 2, 3]}
    for bad in ("/xs/-", "/xs/01", "/xs/a", "/xs/3", "/xs/-1"):
        with pytest.raises(PointerError):
            resolve(doc, bad)
    assert resolve(doc, "/xs/2") == 3


def test_cannot_descend_into_scalar():
    with pytest.raises(PointerError):
        resolve({"a": 5}, "/a/b")
    assert resolve_or({"a": 5}, "/a/b", "none") == "none"


def test_falsy_values_resolve():
    doc = {"z": 0, "n": None, "f": False, "e": ""}
    assert resolve_or(doc, "/z", "d") == 0
    assert resolve_or(doc, "/n", "d") is None
    assert resolve_or(doc, "/f", "d") is False
    assert resolve_or(doc, "/e", "d") == ""
