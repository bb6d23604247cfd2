import pytest

from url_reference_resolve import resolve, resolve_all

BASE = "http://a/b/c/d;p?q"

# RFC 3986 section 5.4 examples (those urlsplit can represent).
EXAMPLES = [
    ("g:h", "g:h"),
    ("g", "http://a/b/c/g"),
    ("./g", "http://a/b/c/g"),
    ("g/", "http://a/b/c/g/"),
    ("/g", "http://a/g"),
    ("//g", "http://g"),
    ("?y", "http://a/b/c/d;p?y"),
    ("g?y", "http://a/b/c/g?y"),
    ("#s", "http://a/b/c/d;p?q#s"),
    ("g#s", "http://a/b/c/g#s"),
    ("g?y#s", "http://a/b/c/g?y#s"),
    (";x", "http://a/b/c/;x"),
    ("g;x", "http://a/b/c/g;x"),
    ("g;x?y#s", "http://a/b/c/g;x?y#s"),
    ("", "http://a/b/c/d;p?q"),
    (".", "http://a/b/c/"),
    ("./", "http://a/b/c/"),
    ("..", "http://a/b/"),
    ("../", "http://a/b/"),
    ("../g", "http://a/b/g"),
    ("../..", "http://a/"),
    ("../../", "http://a/"),
    ("../../g", "http://a/g"),
    ("../../../g", "http://a/g"),
    ("../../../../g", "http://a/g"),
    ("/./g", "http://a/g"),
    ("/../g", "http://a/g"),
    ("g.", "http://a/b/c/g."),
    (".g", "http://a/b/c/.g"),
    ("g..", "http://a/b/c/g.."),
    ("..g", "http://a/b/c/..g"),
    ("./../g", "http://a/b/g"),
    ("./g/.", "http://a/b/c/g/"),
    ("g/./h", "http://a/b/c/g/h"),
    ("g/../h", "http://a/b/c/h"),
    ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
    ("g;x=1/../y", "http://a/b/c/y"),
    ("g?y/./x", "http://a/b/c/g?y/./x"),
    ("g?y/../x", "http://a/b/c/g?y/../x"),
    ("g#s/./x", "http://a/b/c/g#s/./x"),
]


@pytest.mark.parametrize("ref,expected", EXAMPLES)
def test_rfc3986_examples(ref, expected):
    assert resolve(BASE, ref) == expected


def test_base_without_path():
    assert resolve("https://example.org", "docs/index.html") == "https://example.org/docs/index.html"
    assert resolve("https://example.org?lang=en", "a?b=1") == "https://example.org/a?b=1"


def test_base_query_not_inherited_by_paths():
    base = "https://site.test/blog/post.html?page=2"
    assert resolve(base, "other.html") == "https://site.test/blog/other.html"
    assert resolve(base, "/about") == "https://site.test/about"
    assert resolve(base, "#top") == "https://site.test/blog/post.html?page=2#top"


def test_directory_base():
    base = "https://site.test/docs/guide/"
    assert resolve(base, "intro.html") == "https://site.test/docs/guide/intro.html"
    assert resolve(base, "../api/") == "https://site.test/docs/api/"


def test_resolve_all_merges_equivalent_links():
    base = "https://site.test/docs/guide/page?x=1"
    links = ["a.html", "./a.html", "../guide/a.html", "b.html?x=1"]
    assert resolve_all(base, links) == [
        "https://site.test/docs/guide/a.html",
        "https://site.test/docs/guide/b.html?x=1",
    ]
