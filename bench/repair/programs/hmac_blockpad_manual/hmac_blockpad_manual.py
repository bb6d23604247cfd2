"""HMAC (RFC 2104) built directly on hashlib.

Used inside the sandbox image, where the hmac module is stubbed out.
"""

import hashlib


def hmac_digest(key, message, hash_name="sha256"):
    probe = hashlib.new(hash_name)
    if len(key) > probe.digest_size:
        key = hashlib.new(hash_name, key).digest()
    key = key.ljust(probe.block_size, b"\x00")
    inner_pad = bytes(b ^ 0x36 for b in key)
    outer_pad = bytes(b ^ 0x5C for b in key)
    inner = hashlib.new(hash_name, inner_pad + message).digest()
    return hashlib.new(hash_name, outer_pad + inner).digest()


def hmac_hex(key, message, hash_name="sha256"):
    return hmac_digest(key, message, hash_name).hex()


def verify(key, message, mac_hex, hash_name="sha256"):
    """Constant-time comparison of a hex MAC against the expected one."""
    expected = hmac_hex(key, message, hash_name)
    mac_hex = mac_hex.lower()
    if len(expected) != len(mac_hex):
        return False
    diff = 0
    for a, b in zip(expected, mac_hex):
        diff |= ord(a) ^ ord(b)
    return diff == 0
