import hashlib

from totp_drift_window import hotp, time_counter, totp, verify_totp

SECRET = b"12345678901234567890"
NOW = 1_234_567_890  # counter 41152263


def test_rfc6238_sha256_and_sha512():
    s256 = b"12345678901234567890123456789012"
    s512 = b"1234567890123456789012345678901234567890123456789012345678901234"
    assert totp(s256, 1111111111, digits=8, digest=hashlib.sha256) == "67062674"
    assert totp(s512, 20000000000, digits=8, digest=hashlib.sha512) == "47863826"
    assert totp(SECRET, 2000000000, digits=8) == "69279037"


def test_time_counter():
    assert time_counter(59) == 1
    assert time_counter(60) == 2
    assert time_counter(100, step=60, t0=40) == 1


def test_window_one_returns_matching_counters():
    base = time_counter(NOW)
    for delta in (-1, 0, 1):
        code = hotp(SECRET, base + delta)
        assert verify_totp(SECRET, code, NOW) == base + delta


def test_window_one_rejects_two_steps_away():
    base = time_counter(NOW)
    assert verify_totp(SECRET, hotp(SECRET, base + 2), NOW) is None
    assert verify_totp(SECRET, hotp(SECRET, base - 2), NOW) is None


def test_window_two_accepts_two_steps_ahead():
    base = time_counter(NOW)
    assert verify_totp(SECRET, hotp(SECRET, base + 2), NOW, window=2) == base + 2
    assert verify_totp(SECRET, hotp(SECRET, base - 2), NOW, window=2) == base - 2
    assert verify_totp(SECRET, hotp(SECRET, base + 3), NOW, window=2) is None


def test_window_zero_accepts_only_current():
    base = time_counter(NOW)
    assert verify_totp(SECRET, hotp(SECRET, base), NOW, window=0) == base
    assert verify_totp(SECRET, hotp(SECRET, base + 1), NOW, window=0) is None
    assert verify_totp(SECRET, hotp(SECRET, base - 1), NOW, window=0) is None


def test_custom_step_and_digits():
    now = 1_000_000
    code = totp(SECRET, now + 60, step=60, digits=8)
    assert len(code) == 8
    assert verify_totp(SECRET, code, now, step=60, digits=8) == now // 60 + 1


def test_last_counter_allows_only_newer_codes():
    base = time_counter(NOW)
    assert verify_totp(SECRET, hotp(SECRET, base + 1), NOW, last_counter=base) == base + 1
    assert verify_totp(SECRET, hotp(SECRET, base), NOW, last_counter=base) is None


def test_near_epoch_skips_negative_counters():
    assert verify_totp(SECRET, hotp(SECRET, 0), 5) == 0
    assert verify_totp(SECRET, hotp(SECRET, 1), 5) == 1


def test_wrong_length_rejected():
    assert verify_totp(SECRET, totp(SECRET, NOW)[:5], NOW) is None
