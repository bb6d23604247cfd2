from trie_longest_prefix import PrefixTable


def make_routes():
    table = PrefixTable()
    table.insert("/api", "api")
    table.insert("/api/v2", "api-v2")
    table.insert("/static", "files")
    return table


def test_lookup_picks_longest():
    table = make_routes()
    assert table.lookup("/api/v2/users") == "api-v2"
    assert table.lookup("/api/v1/users") == "api"
    assert table.lookup("/static/logo.png") == "files"


def test_lookup_without_match_returns_default():
    table = make_routes()
    assert table.lookup("/health") is None
    assert table.lookup("/health", default="404") == "404"


def test_longest_match_reports_prefix():
    table = make_routes()
    assert table.longest_match("/api/v2/users") == ("/api/v2", "api-v2")


def test_len_and_remove():
    table = make_routes()
    assert len(table) == 3
    assert table.remove("/api/v2") is True
    assert table.remove("/api/v2") is False
    assert len(table) == 2
    assert table.lookup("/api/v2/users") == "api"
