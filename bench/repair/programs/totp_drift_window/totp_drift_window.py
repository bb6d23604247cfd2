"""HOTP / TOTP one-time codes (RFC 4226 / RFC 6238) for the agent's 2FA step."""

import hashlib
import hmac
import struct


def hotp(secret, counter, digits=6, digest=hashlib.sha1):
    mac = hmac.new(secret, struct.pack(">Q", counter), digest).digest()
    offset = mac[-1] & 0x0F
    binary = int.from_bytes(mac[offset:offset + 4], "big") & 0x7FFFFFFF
    return str(binary % 10 ** digits).zfill(digits)


def time_counter(timestamp, step=30, t0=0):
    return int((timestamp - t0) // step)


def totp(secret, timestamp, step=30, digits=6, digest=hashlib.sha1):
    return hotp(secret, time_counter(timestamp, step), digits, digest)


def verify_totp(secret, code, timestamp, window=1, step=30, digits=6, last_counter=None):
    """Check ``code`` against the current time step and ``window`` steps on
    either side of it, to allow for clock drift between the two devices.

    Returns the matching counter (pass it back as ``last_counter`` next time
    to reject a replayed code), or None.
    """
    if len(code) != digits or not code.isdigit():
        return None
    current = time_counter(timestamp, step)
    for delta in range(-window, window):
        counter = current + delta
        if counter < 0:
            continue
        if last_counter is not None and counter <= last_counter:
            continue
        if hmac.compare_digest(hotp(secret, counter, digits), code):
            return counter
    return None
