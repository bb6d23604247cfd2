import pytest

from oauth_token_refresh_skew import RefreshError, TokenManager


class FakeClock:
    def __init__(self, t=1000.0):
        self.t = t

    def __call__(self):
        return self.t


class FakeServer:
    def __init__(self, expires_in=3600, rotate=False):
        self.expires_in = expires_in
        self.rotate = rotate
        self.calls = []

    def __call__(self, refresh_token):
        self.calls.append(refresh_token)
        reply = {"access_token": f"at-{len(self.calls)}", "expires_in": self.expires_in}
        if self.rotate:
            reply["refresh_token"] = f"rt-{len(self.calls)}"
        return reply


def test_first_call_fetches_a_token():
    server = FakeServer()
    tm = TokenManager(server, "rt-0", clock=FakeClock())
    assert tm.token() == "at-1"
    assert server.calls == ["rt-0"]


def test_token_is_cached_while_fresh():
    clock = FakeClock()
    server = FakeServer(expires_in=3600)
    tm = TokenManager(server, "rt-0", skew=30, clock=clock)
    tm.token()
    clock.t += 600
    assert tm.token() == "at-1"
    assert tm.refresh_count == 1


def test_refreshes_shortly_before_expiry():
    clock = FakeClock()
    server = FakeServer(expires_in=3600)
    tm = TokenManager(server, "rt-0", skew=30, clock=clock)
    tm.token()
    clock.t += 3590
    assert tm.token() == "at-2"


def test_rotated_refresh_token_is_used_next_time():
    clock = FakeClock()
    server = FakeServer(expires_in=60, rotate=True)
    tm = TokenManager(server, "rt-0", skew=10, clock=clock)
    tm.token()
    tm.invalidate()
    tm.token()
    assert server.calls == ["rt-0", "rt-1"]


def test_error_reply_raises():
    tm = TokenManager(lambda rt: {"error": "invalid_grant"}, "rt-0", clock=FakeClock())
    with pytest.raises(RefreshError, match="invalid_grant"):
        tm.token()


def test_auth_header():
    tm = TokenManager(FakeServer(), "rt-0", clock=FakeClock())
    assert tm.auth_header() == {"Authorization": "Bearer at-1"}
