import pytest

from oauth_token_refresh_skew import RefreshError, TokenManager


class FakeClock:
    def __init__(self, t=50.0):
        self.t = t

    def __call__(self):
        return self.t


class FakeServer:
    def __init__(self, expires_in=100, rotate=False):
        self.expires_in = expires_in
        self.rotate = rotate
        self.calls = []

    def __call__(self, refresh_token):
        self.calls.append(refresh_token)
        reply = {"access_token": f"tok{len(self.calls)}"}
        if self.expires_in is not None:
            reply["expires_in"] = self.expires_in
        if self.rotate:
            reply["refresh_token"] = f"r{len(self.calls)}"
        return reply


def make(expires_in=100, skew=20, rotate=False):
    clock = FakeClock()
    server = FakeServer(expires_in, rotate)
    return clock, server, TokenManager(server, "r0", skew=skew, clock=clock)


def test_not_refreshed_just_before_skew_boundary():
    clock, server, tm = make(expires_in=100, skew=20)
    tm.token()
    clock.t += 79.5
    assert tm.token() == "tok1"


def test_refreshed_exactly_at_skew_boundary():
    clock, server, tm = make(expires_in=100, skew=20)
    tm.token()
    clock.t += 80
    assert tm.token() == "tok2"


def test_refreshed_inside_skew_window():
    clock, server, tm = make(expires_in=100, skew=20)
    tm.token()
    clock.t += 95
    assert tm.token() == "tok2"


def test_refreshed_after_expiry():
    clock, server, tm = make(expires_in=100, skew=20)
    tm.token()
    clock.t += 110
    assert tm.token() == "tok2"
    assert tm.refresh_count == 2


def test_zero_skew_refreshes_at_expiry_only():
    clock, server, tm = make(expires_in=100, skew=0)
    tm.token()
    clock.t += 99.9
    assert tm.token() == "tok1"
    clock.t += 0.1
    assert tm.token() == "tok2"


def test_new_expiry_counts_from_refresh_time():
    clock, server, tm = make(expires_in=100, skew=20)
    tm.token()
    clock.t += 85
    assert tm.token() == "tok2"
    clock.t += 79
    assert tm.token() == "tok2"
    clock.t += 1
    assert tm.token() == "tok3"


def test_default_lifetime_is_one_hour():
    clock, server, tm = make(expires_in=None, skew=60)
    tm.token()
    clock.t += 3539
    assert tm.token() == "tok1"
    clock.t += 1
    assert tm.token() == "tok2"


def test_refresh_token_kept_when_not_rotated():
    clock, server, tm = make(expires_in=100, skew=20)
    tm.token()
    clock.t += 200
    tm.token()
    clock.t += 200
    tm.token()
    assert server.calls == ["r0", "r0", "r0"]


def test_rotation_chain():
    clock, server, tm = make(expires_in=100, skew=20, rotate=True)
    for _ in range(3):
        tm.token()
        clock.t += 90
    assert server.calls == ["r0", "r1", "r2"]


def test_failed_refresh_keeps_nothing_cached():
    replies = iter([{"error": "temporarily_unavailable"}, {"access_token": "late", "expires_in": 10}])
    tm = TokenManager(lambda rt: next(replies), "r0", skew=1, clock=FakeClock())
    with pytest.raises(RefreshError):
        tm.token()
    assert tm.token() == "late"
    assert tm.auth_header() == {"Authorization": "Bearer late"}
