import random

import pytest

from varint_codec import decode_varint, encode_all, encode_varint, iter_varints


def test_decode_at_offset_in_the_middle_of_a_buffer():
    data = b"\xff\xff" + encode_varint(150) + encode_varint(2)
    assert decode_varint(data, 2) == (150, 4)
    assert decode_varint(data, 4) == (2, 5)


def test_protobuf_examples():
    assert decode_varint(b"\x96\x01") == (150, 2)
    assert decode_varint(b"\xff\xff\xff\xff\x0f") == (2**32 - 1, 5)


def test_truncated_raises():
    with pytest.raises(ValueError):
        decode_varint(b"\x80\x80")
    with pytest.raises(ValueError):
        decode_varint(encode_varint(99999)[:-1])


def test_only_the_first_varint_is_read():
    assert decode_varint(b"\xac\x02\x01") == (300, 2)


def test_random_round_trips():
    rng = random.Random(3)
    for _ in range(300):
        value = rng.getrandbits(rng.randint(1, 70))
        encoded = encode_varint(value)
        assert decode_varint(b"\x07" + encoded, 1) == (value, len(encoded) + 1)


def test_random_signed_streams():
    rng = random.Random(11)
    for _ in range(50):
        values = [rng.randint(-10**12, 10**12) for _ in range(rng.randint(0, 12))]
        assert list(iter_varints(encode_all(values, signed=True), signed=True)) == values
        unsigned = [abs(v) for v in values]
        assert list(iter_varints(encode_all(unsigned))) == unsigned
