from login_lockout_guard import LoginGuard


def fail_n(guard, user, n, start=0.0, gap=1.0):
    results = []
    for i in range(n):
        results.append(guard.attempt(user, False, start + i * gap))
    return results


def test_correct_password_is_ok():
    guard = LoginGuard()
    assert guard.attempt("ann", True, 0.0) == "ok"


def test_locks_after_max_failures():
    guard = LoginGuard(max_failures=3, window=60, lockout=300)
    assert fail_n(guard, "ann", 3) == ["denied", "denied", "locked"]
    assert guard.attempt("ann", True, 10.0) == "locked"


def test_lockout_ends():
    guard = LoginGuard(max_failures=3, window=60, lockout=300)
    fail_n(guard, "ann", 3)
    assert guard.attempt("ann", True, 302.0) == "ok"


def test_other_users_are_not_affected():
    guard = LoginGuard(max_failures=2)
    fail_n(guard, "ann", 2)
    assert guard.attempt("bob", True, 5.0) == "ok"


def test_remaining_attempts_counts_down():
    guard = LoginGuard(max_failures=4)
    fail_n(guard, "ann", 1)
    assert guard.remaining_attempts("ann", 2.0) == 3


def test_admin_unlock():
    guard = LoginGuard(max_failures=3, window=600, lockout=900)
    fail_n(guard, "ann", 3)
    guard.unlock("ann")
    assert guard.attempt("ann", False, 20.0) == "denied"
