from query_string import build_query, first_values, parse_query


def test_no_query():
    assert parse_query("https://example.com/path") == {}
    assert parse_query("https://example.com/path?") == {}


def test_flags_without_values():
    assert parse_query("/run?dry&verbose") == {"dry": [""], "verbose": [""]}


def test_simple_pairs():
    assert parse_query("/search?q=cats&page=2") == {"q": ["cats"], "page": ["2"]}


def test_repeated_keys_and_fragment():
    url = "/items?tag=red&tag=blue#results"
    assert parse_query(url) == {"tag": ["red", "blue"]}
    assert first_values(parse_query(url)) == {"tag": "red"}


def test_encoded_value():
    assert parse_query("/search?q=new+york%2C+ny") == {"q": ["new york, ny"]}


def test_build():
    assert build_query({"q": "a b", "tag": ["x", "y"]}) == "q=a+b&tag=x&tag=y"
