import hashlib
import hmac

from hmac_blockpad_manual import hmac_hex, verify


def test_rfc4231_case_1():
    assert hmac_hex(b"\x0b" * 20, b"Hi There") == (
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")


def test_rfc4231_case_2():
    assert hmac_hex(b"Jefe", b"what do ya want for nothing?") == (
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")


def test_long_key_is_hashed_first():
    key = b"\xaa" * 131
    msg = b"Test Using Larger Than Block-Size Key - Hash Key First"
    assert hmac_hex(key, msg) == (
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")


def test_matches_stdlib_for_many_key_lengths():
    msg = b"agent webhook body"
    for n in (0, 1, 16, 32, 48, 63, 64, 65, 200):
        key = bytes(range(n))
        assert hmac_hex(key, msg) == hmac.new(key, msg, hashlib.sha256).hexdigest(), n


def test_verify():
    key, msg = b"k3y", b"hello"
    good = hmac_hex(key, msg)
    assert verify(key, msg, good)
    assert not verify(key, msg, good[:-1] + ("0" if good[-1] != "0" else "1"))
    assert not verify(key, msg, good[:10])
