import pytest

from registry_index_fallback import IndexClient, IndexUnavailable


class FlakyIndex:
    def __init__(self, data, failures=()):
        self.data = data
        self.failures = list(failures)
        self.calls = []

    def __call__(self, package):
        self.calls.append(package)
        if self.failures:
            raise self.failures.pop(0)
        return self.data[package]


def test_timeout_then_success_with_backoff():
    sleeps = []
    index = FlakyIndex({"rich": ["13.7.0", "13.6.0"]}, [TimeoutError(), TimeoutError()])
    client = IndexClient(index, retries=3, backoff=0.25, clock=lambda: 5.0, sleep=sleeps.append)
    assert client.versions("rich") == ["13.6.0", "13.7.0"]
    assert sleeps == [0.25, 0.5]
    assert client.requests == 3


def test_timeouts_without_cache_raise_unavailable():
    index = FlakyIndex({}, [TimeoutError("slow")] * 2)
    client = IndexClient(index, retries=1, clock=lambda: 0.0, sleep=lambda s: None)
    with pytest.raises(IndexUnavailable) as info:
        client.versions("torch")
    assert isinstance(info.value.__cause__, TimeoutError)
    assert client.requests == 2


def test_mixed_outage_falls_back_to_stale_cache():
    now = [0.0]
    index = FlakyIndex({"six": ["1.15.0", "1.16.0"]})
    client = IndexClient(index, retries=2, ttl=10, clock=lambda: now[0], sleep=lambda s: None)
    client.versions("six")
    now[0] = 50.0
    index.failures = [TimeoutError(), ConnectionAbortedError(), TimeoutError()]
    assert client.versions("six") == ["1.15.0", "1.16.0"]
    assert client.latest("six") == "1.16.0"
    assert client.requests == 5


def test_other_errors_are_not_retried():
    index = FlakyIndex({}, [ValueError("malformed index page")])
    client = IndexClient(index, retries=3, clock=lambda: 0.0, sleep=lambda s: None)
    with pytest.raises(ValueError):
        client.versions("pkg")
    assert client.requests == 1
    with pytest.raises(KeyError):
        client.versions("missing")
    assert client.requests == 2


def test_refetch_after_ttl_updates_cache():
    now = [0.0]
    index = FlakyIndex({"anyio": ["4.1.0"]})
    client = IndexClient(index, ttl=10, clock=lambda: now[0], sleep=lambda s: None)
    assert client.versions("anyio") == ["4.1.0"]
    index.data["anyio"] = ["4.1.0", "4.2.0", "4.2.0-rc.1"]
    now[0] = 11.0
    assert client.versions("anyio") == ["4.1.0", "4.2.0-rc.1", "4.2.0"]
