from urllib.parse import quote as std_quote

from query_pairs_encode import add_query, encode_query, quote


def test_plain_pairs():
    assert encode_query({"q": "cats", "page": 2}) == "q=cats&page=2"


def test_reserved_characters_are_escaped():
    assert encode_query({"q": "rock & roll", "next": "/a?b=c"}) == (
        "q=rock%20%26%20roll&next=%2Fa%3Fb%3Dc"
    )


def test_quote_agrees_with_urllib():
    for text in ["hello world", "a+b=c", "50% off", "don't (panic)!", "naïve café"]:
        assert quote(text) == std_quote(text, safe="")


def test_lists_none_and_booleans():
    params = [("tag", ["a", "b"]), ("draft", False), ("author", None)]
    assert encode_query(params) == "tag=a&tag=b&draft=false"


def test_sorted_keys():
    assert encode_query({"b": 1, "a": 2}, sort=True) == "a=2&b=1"


def test_add_query_keeps_fragment():
    assert add_query("https://x.test/search#results", {"q": "go"}) == (
        "https://x.test/search?q=go#results"
    )
    assert add_query("https://x.test/s?lang=en", {"q": "go"}) == "https://x.test/s?lang=en&q=go"
