import hashlib

from sigv4_canonical_query import canonical_headers, canonical_query, canonical_request, sign


def test_query_sorted_by_key():
    assert canonical_query({"b": "2", "a": "1", "c": "3"}) == "a=1&b=2&c=3"


def test_repeated_keys_sorted_by_value():
    assert canonical_query([("tag", "z"), ("tag", "a"), ("id", "9")]) == "id=9&tag=a&tag=z"


def test_spaces_and_reserved_characters_are_encoded():
    assert canonical_query({"q": "a b"}) == "q=a%20b"
    assert canonical_query({"next": "a/b?c=d&e"}) == "next=a%2Fb%3Fc%3Dd%26e"


def test_unreserved_characters_left_alone():
    assert canonical_query({"k": "A-z_0.9~"}) == "k=A-z_0.9~"


def test_headers_lowercased_trimmed_and_sorted():
    block, signed = canonical_headers({"X-Amz-Date": " 20240101T000000Z ", "Host": "api.example.com"})
    assert block == "host:api.example.com\nx-amz-date:20240101T000000Z\n"
    assert signed == "host;x-amz-date"


def test_canonical_request_layout():
    text = canonical_request("get", "/v1/tools", {"limit": 5}, {"Host": "h"}, b"")
    assert text.split("\n") == [
        "GET", "/v1/tools", "limit=5", "host:h", "", "host", hashlib.sha256(b"").hexdigest()]


def test_signature_is_stable():
    args = ("POST", "/run", {"a": "1"}, {"Host": "h"}, b"{}")
    assert sign(b"secret", *args) == sign(b"secret", *args)
    assert sign(b"secret", *args) != sign(b"other", *args)
