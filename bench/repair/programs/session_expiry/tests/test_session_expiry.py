from session_expiry import SessionStore


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_store(idle=60.0, lifetime=3600.0):
    clock = FakeClock()
    return SessionStore(idle_timeout=idle, max_lifetime=lifetime, clock=clock), clock


def test_open_and_get():
    store, _ = make_store()
    token = store.open("ana")
    session = store.get(token)
    assert session is not None and session.user == "ana"


def test_unknown_token():
    store, _ = make_store()
    assert store.get("nope") is None


def test_close():
    store, _ = make_store()
    token = store.open("ana")
    assert store.close(token)
    assert store.get(token) is None
    assert not store.close(token)


def test_activity_keeps_session_alive():
    store, clock = make_store(idle=60)
    token = store.open("ana")
    for _ in range(5):
        clock.now += 50
        assert store.get(token) is not None


def test_idle_session_expires():
    store, clock = make_store(idle=60)
    token = store.open("ana")
    clock.now += 61
    assert store.get(token) is None


def test_lifetime_limit_applies_to_busy_sessions():
    store, clock = make_store(idle=60, lifetime=120)
    token = store.open("ana")
    clock.now += 50
    assert store.get(token) is not None
    clock.now += 50
    assert store.get(token) is not None
    clock.now += 50
    assert store.get(token) is None
