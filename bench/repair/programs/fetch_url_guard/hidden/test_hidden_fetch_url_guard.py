import pytest

from fetch_url_guard import FetchGuard, guarded_fetch


@pytest.mark.parametrize("url", [
    "https://example.com:443/",
    "https://EXAMPLE.COM/Path/Keeps/Case",
    "https://example.com./",
    "https://Api.Example.com:443/v1",
    "  https://example.com/padded  ",
])
def test_allowed_variants(url):
    verdict = FetchGuard(["example.com"]).check(url)
    assert verdict.allowed, verdict.reason


def test_allowlist_entries_are_normalized():
    guard = FetchGuard(["Example.COM.", "Wiki.org"])
    assert guard.check("https://example.com/").allowed
    assert guard.check("https://en.wiki.org/").allowed


def test_http_default_port_when_enabled():
    guard = FetchGuard(["localhost"], allow_http=True)
    assert guard.check("http://localhost:80/health").allowed
    assert guard.check("http://LOCALHOST/health").allowed
    assert not guard.check("http://localhost:8080/health").allowed


def test_ipv6_literal():
    guard = FetchGuard(["::1"], allow_http=True)
    assert guard.check("http://[::1]/").allowed
    assert guard.check("http://[::1]:80/").allowed
    assert not guard.check("http://[::2]/").allowed


@pytest.mark.parametrize("url,word", [
    ("https://user:pw@example.com/", "credentials"),
    ("https://example.com@evil.net/", "credentials"),
    ("https://example.com:99999/", "port"),
    ("https://example.com:443x/", "port"),
    ("https:///nohost", "host"),
    ("https://evil.net/?next=example.com", "allowlist"),
    ("https://example.com.evil.net/", "allowlist"),
    ("https://EXAMPLE.com:444/", "port"),
    ("file:///etc/passwd", "scheme"),
    ("example.com/page", "scheme"),
])
def test_refused_with_reason(url, word):
    verdict = FetchGuard(["example.com"]).check(url)
    assert not verdict.allowed
    assert word in verdict.reason


def test_refused_host_reported_in_lower_case():
    verdict = FetchGuard(["example.com"]).check("https://Other.NET/")
    assert "'other.net'" in verdict.reason


def test_guarded_fetch_does_not_call_fetch_when_refused():
    calls = []

    def fetch(url):
        calls.append(url)
        return "body"

    guard = FetchGuard(["example.com"])
    assert guarded_fetch(guard, fetch, "https://Example.com:443/x") == {"content": "body"}
    assert "error" in guarded_fetch(guard, fetch, "https://example.org/")
    assert calls == ["https://Example.com:443/x"]
