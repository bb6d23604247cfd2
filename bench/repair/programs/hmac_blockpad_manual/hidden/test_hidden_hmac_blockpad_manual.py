import hashlib
import hmac

from hmac_blockpad_manual import hmac_digest, hmac_hex, verify


def ref(key, msg, name):
    return hmac.new(key, msg, getattr(hashlib, name)).hexdigest()


def test_sha1_keys_between_digest_and_block_size():
    msg = b"The quick brown fox"
    for n in (19, 20, 21, 30, 50, 64, 65):
        key = bytes((i * 7) % 256 for i in range(n))
        assert hmac_hex(key, msg, "sha1") == ref(key, msg, "sha1"), n


def test_sha512_keys_up_to_block_size():
    msg = b"x" * 300
    for n in (10, 64, 65, 100, 128, 129, 250):
        key = bytes((i * 13 + 1) % 256 for i in range(n))
        assert hmac_hex(key, msg, "sha512") == ref(key, msg, "sha512"), n


def test_sha256_every_key_length_to_70():
    msg = b"tool-call:42"
    for n in range(71):
        key = bytes((i * 31 + 5) % 256 for i in range(n))
        assert hmac_hex(key, msg) == ref(key, msg, "sha256"), n


def test_md5_and_sha384():
    key = b"K" * 70
    assert hmac_hex(key, b"m", "md5") == ref(key, b"m", "md5")
    key = b"K" * 120
    assert hmac_hex(key, b"m", "sha384") == ref(key, b"m", "sha384")


def test_digest_is_bytes_of_right_size():
    assert len(hmac_digest(b"k" * 40, b"", "sha256")) == 32
    assert len(hmac_digest(b"k" * 40, b"", "sha1")) == 20


def test_verify_accepts_uppercase_and_other_hashes():
    key = b"s" * 48
    mac = ref(key, b"body", "sha256")
    assert verify(key, b"body", mac.upper())
    assert verify(key, b"body", ref(key, b"body", "sha1"), "sha1")
    assert not verify(key, b"body", ref(key, b"other", "sha256"))
    assert not verify(key, b"body", "")
