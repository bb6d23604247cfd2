from login_lockout_guard import LoginGuard


def test_unlock_restores_full_attempt_budget():
    guard = LoginGuard(max_failures=4, window=1000, lockout=5000)
    for t in range(4):
        guard.record_failure("zoe", float(t))
    assert guard.is_locked("zoe", 10.0)
    guard.unlock("zoe")
    assert not guard.is_locked("zoe", 11.0)
    assert guard.remaining_attempts("zoe", 11.0) == 4


def test_after_unlock_needs_full_count_to_relock():
    guard = LoginGuard(max_failures=3, window=1000, lockout=5000)
    for t in range(3):
        guard.attempt("zoe", False, float(t))
    guard.unlock("zoe")
    assert guard.attempt("zoe", False, 50.0) == "denied"
    assert guard.attempt("zoe", False, 51.0) == "denied"
    assert guard.attempt("zoe", False, 52.0) == "locked"


def test_unlock_before_lockout_resets_count():
    guard = LoginGuard(max_failures=3, window=1000)
    guard.attempt("zoe", False, 1.0)
    guard.attempt("zoe", False, 2.0)
    guard.unlock("zoe")
    assert guard.attempt("zoe", False, 3.0) == "denied"
    assert guard.remaining_attempts("zoe", 3.5) == 2


def test_unlock_unknown_user_is_harmless():
    guard = LoginGuard()
    guard.unlock("nobody")
    assert guard.attempt("nobody", True, 0.0) == "ok"


def test_old_failures_slide_out_of_window():
    guard = LoginGuard(max_failures=3, window=60, lockout=300)
    guard.attempt("kim", False, 0.0)
    guard.attempt("kim", False, 30.0)
    assert guard.attempt("kim", False, 61.0) == "denied"
    assert guard.remaining_attempts("kim", 61.0) == 1


def test_success_resets_failures():
    guard = LoginGuard(max_failures=3, window=600)
    guard.attempt("kim", False, 0.0)
    guard.attempt("kim", False, 1.0)
    assert guard.attempt("kim", True, 2.0) == "ok"
    assert guard.attempt("kim", False, 3.0) == "denied"
    assert guard.remaining_attempts("kim", 3.0) == 2


def test_locked_reports_zero_remaining_and_expiry_resets():
    guard = LoginGuard(max_failures=2, window=600, lockout=100)
    guard.attempt("kim", False, 0.0)
    assert guard.attempt("kim", False, 1.0) == "locked"
    assert guard.remaining_attempts("kim", 50.0) == 0
    assert guard.remaining_attempts("kim", 101.0) == 2
