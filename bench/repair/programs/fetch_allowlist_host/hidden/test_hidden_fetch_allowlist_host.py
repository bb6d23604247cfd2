import pytest

from fetch_allowlist_host import PolicyError, check_fetch, normalize_url

ALLOW = ["python.org", ".example.com"]


def test_credentials_are_dropped():
    assert normalize_url("https://user:secret@API.example.com/v1") == "https://api.example.com/v1"


def test_credentials_cannot_smuggle_host():
    with pytest.raises(PolicyError):
        check_fetch("https://python.org@evil.test/", ALLOW)


def test_allowed_host_with_custom_port():
    assert check_fetch("http://PyPI.Python.org:8443/simple", ALLOW) == (
        "http://pypi.python.org:8443/simple"
    )


def test_allowed_host_with_userinfo():
    assert check_fetch("https://bot@example.com", ALLOW) == "https://example.com/"


def test_default_http_port_dropped():
    assert normalize_url("http://Example.COM:80") == "http://example.com/"


def test_ipv6_literal():
    assert normalize_url("http://[::1]:8000/x") == "http://[::1]:8000/x"
    assert normalize_url("https://[::1]:443/") == "https://[::1]/"


def test_missing_host_and_scheme():
    with pytest.raises(PolicyError):
        normalize_url("https:///nohost")
    with pytest.raises(PolicyError):
        normalize_url("example.com/page")
