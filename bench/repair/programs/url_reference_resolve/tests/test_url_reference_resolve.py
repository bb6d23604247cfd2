from url_reference_resolve import remove_dot_segments, resolve, resolve_all

BASE = "http://a/b/c/d;p?q"


def test_sibling_document():
    assert resolve(BASE, "g") == "http://a/b/c/g"


def test_parent_directory():
    assert resolve(BASE, "../g") == "http://a/b/g"


def test_root_relative():
    assert resolve(BASE, "/g") == "http://a/g"


def test_query_and_fragment_only():
    assert resolve(BASE, "?y") == "http://a/b/c/d;p?y"
    assert resolve(BASE, "#s") == "http://a/b/c/d;p?q#s"


def test_network_path_and_absolute_url():
    assert resolve(BASE, "//g") == "http://g"
    assert resolve(BASE, "https://x.org/a/../b") == "https://x.org/b"


def test_remove_dot_segments():
    assert remove_dot_segments("/a/b/c/./../../g") == "/a/g"
    assert remove_dot_segments("/mid/content=5/../6") == "/mid/6"


def test_resolve_all_dedupes():
    links = ["https://x.org/", "https://x.org/", "//g"]
    assert resolve_all(BASE, links) == ["https://x.org/", "http://g"]
