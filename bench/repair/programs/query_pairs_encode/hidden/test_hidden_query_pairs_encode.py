from urllib.parse import quote as std_quote

import pytest

from query_pairs_encode import add_query, encode_query, quote

TEXTS = [
    "*",
    "'",
    "(",
    ")",
    "!",
    "~user",
    "a.b-c_d",
    "it's *really* (very) good!",
    "日本語",
    "tab\there",
    "semi;colon,comma:colon@at$dollar",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_quote_matches_urllib(text):
    assert quote(text) == std_quote(text, safe="")


def test_safe_characters_kept():
    assert quote("a/b c", safe="/") == "a/b%20c"
    assert quote("(x)", safe="()") == "(x)"


def test_star_and_quote_marks_escaped_in_query():
    assert encode_query({"expr": "2*(3+4)", "name": "O'Neil!"}) == (
        "expr=2%2A%283%2B4%29&name=O%27Neil%21"
    )


def test_tuple_values_and_keys_escaped():
    assert encode_query({"a b": ("x", None, True)}) == "a%20b=x&a%20b=true"


def test_add_query_edge_cases():
    assert add_query("https://x.test/p?", {"k": "v"}) == "https://x.test/p?k=v"
    assert add_query("https://x.test/p#frag", {}) == "https://x.test/p#frag"
    assert add_query("https://x.test/p", {"f": "(1)"}) == "https://x.test/p?f=%281%29"
