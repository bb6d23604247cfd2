import base64
import random

from base32_codec import decode, encode, group


def test_encode_matches_stdlib():
    rng = random.Random(15)
    for length in range(0, 41):
        data = bytes(rng.randrange(256) for _ in range(length))
        assert encode(data) == base64.b32encode(data).decode(), length


def test_decode_matches_stdlib():
    rng = random.Random(16)
    for length in range(0, 41):
        data = bytes(rng.randrange(256) for _ in range(length))
        assert decode(base64.b32encode(data).decode()) == data, length


def test_whole_blocks_have_no_padding():
    assert encode(b"\x00" * 5) == "AAAAAAAA"
    assert encode(b"\xff" * 10) == "7" * 16
    assert encode(b"12345", padding=False) == "GEZDGNBV"


def test_unpadded_round_trip():
    for length in range(0, 21):
        data = bytes(range(200, 200 + length))
        assert decode(encode(data, padding=False)) == data


def test_decode_totp_secret_with_spaces():
    secret = group(encode(b"Hello!\xde\xad\xbe\xef"))
    assert decode(secret.lower()) == b"Hello!\xde\xad\xbe\xef"


def test_group_other_sizes():
    assert group("ABCDEFGHIJ", 3) == "ABC DEF GHI J"
    assert group("") == ""
