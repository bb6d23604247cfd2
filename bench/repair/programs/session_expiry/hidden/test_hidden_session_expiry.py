from session_expiry import SessionStore


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def make_store(idle, lifetime):
    clock = FakeClock()
    return SessionStore(idle_timeout=idle, max_lifetime=lifetime, clock=clock), clock


def test_expires_exactly_at_idle_timeout():
    store, clock = make_store(idle=30, lifetime=1000)
    token = store.open("bo")
    clock.now += 29.5
    assert store.get(token) is not None
    clock.now += 30
    assert store.get(token) is None


def test_expired_session_stays_gone():
    store, clock = make_store(idle=30, lifetime=1000)
    token = store.open("bo")
    clock.now += 40
    assert store.get(token) is None
    clock.now -= 40
    assert store.get(token) is None


def test_sweep_counts_idle_and_old_sessions():
    store, clock = make_store(idle=100, lifetime=250)
    idle = store.open("idle")
    busy = store.open("busy")
    clock.now += 90
    store.get(busy)
    fresh = store.open("fresh")
    clock.now += 20
    assert store.sweep() == 1
    assert store.get(idle) is None
    clock.now += 70
    assert store.get(busy) is not None
    assert store.get(fresh) is not None
    clock.now += 70
    assert store.sweep() == 1
    assert store.get(busy) is None
    assert store.get(fresh) is not None


def test_active_users():
    store, clock = make_store(idle=10, lifetime=1000)
    store.open("ana")
    clock.now += 8
    store.open("bo")
    clock.now += 5
    assert store.active_users() == {"bo"}
    clock.now += 20
    assert store.active_users() == set()


def test_both_limits_hit():
    store, clock = make_store(idle=10, lifetime=15)
    token = store.open("cy")
    session = store.get(token)
    assert not store.is_expired(session, clock.now + 9)
    assert store.is_expired(session, clock.now + 12)
    clock.now += 100
    assert store.is_expired(session, clock.now)
    assert store.sweep() == 1


def test_state_survives_between_requests():
    store, clock = make_store(idle=60, lifetime=600)
    token = store.open("dee")
    store.get(token).state["step"] = 3
    clock.now += 30
    session = store.get(token)
    assert session.state == {"step": 3}
    assert session.last_seen == clock.now
    assert session.created == 500.0
