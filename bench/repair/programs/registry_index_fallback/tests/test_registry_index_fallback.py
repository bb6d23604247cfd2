import pytest

from registry_index_fallback import IndexClient, IndexUnavailable


class FakeIndex:
    def __init__(self, data):
        self.data = data
        self.failures = []   # exceptions to raise before answering again

    def __call__(self, package):
        if self.failures:
            raise self.failures.pop(0)
        return self.data[package]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def make_client(index, clock=None, **kwargs):
    return IndexClient(index, clock=clock or Clock(), sleep=lambda s: None, **kwargs)


def test_versions_sorted_oldest_first():
    client = make_client(FakeIndex({"requests": ["2.31.0", "2.9.1", "2.10.0", "2.31.0"]}))
    assert client.versions("Requests") == ["2.9.1", "2.10.0", "2.31.0"]


def test_cached_within_ttl():
    index = FakeIndex({"flask": ["3.0.0"]})
    clock = Clock()
    client = make_client(index, clock, ttl=60)
    client.versions("flask")
    clock.now += 30
    index.data["flask"] = ["3.0.0", "3.0.1"]
    assert client.versions("flask") == ["3.0.0"]
    assert client.requests == 1


def test_retries_after_connection_error():
    index = FakeIndex({"idna": ["3.6"]})
    index.failures = [ConnectionResetError("reset by peer")]
    client = make_client(index)
    assert client.versions("idna") == ["3.6"]
    assert client.requests == 2


def test_gives_up_without_cache():
    index = FakeIndex({})
    index.failures = [ConnectionRefusedError()] * 3
    client = make_client(index, retries=2)
    with pytest.raises(IndexUnavailable):
        client.versions("numpy")
    assert client.requests == 3


def test_stale_cache_used_during_outage():
    index = FakeIndex({"attrs": ["23.1.0", "23.2.0"]})
    clock = Clock()
    client = make_client(index, clock, ttl=60, retries=1)
    client.versions("attrs")
    clock.now += 120
    index.failures = [TimeoutError("read timed out")] * 2
    assert client.versions("attrs") == ["23.1.0", "23.2.0"]


def test_latest_skips_prereleases():
    client = make_client(FakeIndex({"django": ["5.0.0", "5.1.0-rc.1", "4.2.9"]}))
    assert client.latest("django") == "5.0.0"
