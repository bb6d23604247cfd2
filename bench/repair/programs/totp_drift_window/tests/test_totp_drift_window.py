from totp_drift_window import hotp, totp, verify_totp

SECRET = b"12345678901234567890"


def test_hotp_rfc4226_vectors():
    expected = ["755224", "287082", "359152", "969429", "338314",
                "254676", "287922", "162583", "399871", "520489"]
    assert [hotp(SECRET, c) for c in range(10)] == expected


def test_totp_rfc6238_vectors():
    assert totp(SECRET, 59, digits=8) == "94287082"
    assert totp(SECRET, 1111111109, digits=8) == "07081804"
    assert totp(SECRET, 1234567890, digits=8) == "89005924"


def test_verify_current_code():
    now = 1_700_000_000
    assert verify_totp(SECRET, totp(SECRET, now), now) == now // 30


def test_verify_rejects_wrong_code():
    assert verify_totp(SECRET, "000000", 1_700_000_000) is None
    assert verify_totp(SECRET, "12ab56", 1_700_000_000) is None


def test_allows_clock_drift_of_one_step():
    now = 1_700_000_000
    assert verify_totp(SECRET, totp(SECRET, now - 30), now) is not None
    assert verify_totp(SECRET, totp(SECRET, now + 30), now) is not None


def test_replayed_code_is_rejected():
    now = 1_700_000_000
    code = totp(SECRET, now)
    used = verify_totp(SECRET, code, now)
    assert verify_totp(SECRET, code, now + 5, last_counter=used) is None
