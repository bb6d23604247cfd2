import pytest

from fetch_allowlist_host import PolicyError, check_fetch, host_allowed, normalize_url

ALLOW = ["python.org", "example.com"]


def test_normalize_case_and_default_port():
    assert normalize_url("HTTPS://Docs.Python.org:443/3/") == "https://docs.python.org/3/"


def test_normalize_keeps_other_ports_and_query():
    assert normalize_url("http://example.com:8080/a?b=1#frag") == "http://example.com:8080/a?b=1"
    assert normalize_url("https://example.com") == "https://example.com/"


def test_unsupported_scheme():
    with pytest.raises(PolicyError):
        normalize_url("file:///etc/passwd")


def test_subdomains_allowed():
    assert host_allowed("docs.python.org", ALLOW)
    assert not host_allowed("notexample.com", ALLOW)


def test_check_fetch():
    assert check_fetch("https://www.example.com/x", ALLOW) == "https://www.example.com/x"
    with pytest.raises(PolicyError):
        check_fetch("https://evil.test/", ALLOW)
