import hashlib
import hmac

from sigv4_canonical_query import canonical_headers, canonical_query, canonical_request, sign


def test_slash_in_value_encoded():
    assert canonical_query({"prefix": "logs/2024/"}) == "prefix=logs%2F2024%2F"


def test_slash_in_key_encoded_and_sort_uses_encoded_form():
    assert canonical_query({"a/b": "1", "a-c": "2"}) == "a%2Fb=1&a-c=2"


def test_utf8_and_plus_and_percent():
    assert canonical_query({"name": "zoë+1%"}) == "name=zo%C3%AB%2B1%25"


def test_empty_value_and_numbers():
    assert canonical_query([("flag", ""), ("n", 10), ("n", 2)]) == "flag=&n=10&n=2"


def test_empty_params():
    assert canonical_query({}) == ""


def test_path_keeps_slashes_but_encodes_spaces():
    text = canonical_request("put", "/files/my doc.txt", {"v": "1/2"}, {"Host": "h"}, b"x")
    lines = text.split("\n")
    assert lines[1] == "/files/my%20doc.txt"
    assert lines[2] == "v=1%2F2"


def test_duplicate_header_names_folded():
    block, signed = canonical_headers({"X-Tag": "a", "x-tag ": "b  c", "Host": "h"})
    assert block == "host:h\nx-tag:a,b c\n"
    assert signed == "host;x-tag"


def test_signature_matches_manual_hmac():
    params = {"redirect": "https://example.com/cb", "state": "s/1"}
    text = canonical_request("GET", "/auth", params, {"Host": "api"}, b"")
    assert "redirect=https%3A%2F%2Fexample.com%2Fcb&state=s%2F1" in text.split("\n")
    expected = hmac.new(b"k", text.encode("utf-8"), hashlib.sha256).hexdigest()
    assert sign(b"k", "GET", "/auth", params, {"Host": "api"}, b"") == expected
