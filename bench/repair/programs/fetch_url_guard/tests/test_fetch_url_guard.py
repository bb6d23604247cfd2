from fetch_url_guard import FetchGuard, guarded_fetch

GUARD = FetchGuard(["docs.python.org", "example.com"])


def test_allowlisted_host():
    assert GUARD.check("https://docs.python.org/3/library/urllib.html").allowed


def test_subdomain_of_allowlisted_host():
    assert GUARD.check("https://api.example.com/v1/items?page=2").allowed


def test_lookalike_host_is_refused():
    verdict = GUARD.check("https://notexample.com/")
    assert not verdict.allowed
    assert "allowlist" in verdict.reason


def test_plain_http_is_refused_by_default():
    assert not GUARD.check("http://example.com/").allowed
    assert FetchGuard(["example.com"], allow_http=True).check("http://example.com/").allowed


def test_other_ports_are_refused():
    assert not GUARD.check("https://example.com:8443/admin").allowed


def test_host_case_does_not_matter():
    assert GUARD.check("https://Docs.Python.org/3/").allowed


def test_guarded_fetch():
    pages = {"https://example.com/a": "hello"}
    assert guarded_fetch(GUARD, pages.__getitem__, "https://example.com/a") == {"content": "hello"}
    assert "error" in guarded_fetch(GUARD, pages.__getitem__, "ftp://example.com/a")
