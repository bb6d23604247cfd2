import random

import pytest

from delta_zigzag_stream import decode, encode, unzigzag, zigzag


def test_exact_bytes():
    assert encode([3, 4, 2]) == b"\x03\x06\x02\x03"
    assert encode([300, 301], base=300) == b"\x02\x00\x02"
    assert encode([1, 2, 3, 4]) == b"\x04\x02\x02\x02\x02"


def test_round_trip_random_walks():
    rng = random.Random(2025)
    for _ in range(50):
        values = [rng.randrange(-10**6, 10**6)]
        for _ in range(rng.randrange(0, 40)):
            values.append(values[-1] + rng.randrange(-5000, 5000))
        for base in (0, values[0], -77):
            assert decode(encode(values, base=base), base=base) == values


def test_zigzag_round_trip_large():
    for n in (2**40, -(2**40), 2**63 - 1, -(2**63)):
        assert unzigzag(zigzag(n)) == n
    assert zigzag(-(2**63)) == 2**64 - 1


def test_sorted_ids_are_compact():
    ids = list(range(10**9, 10**9 + 500))
    assert len(encode(ids, base=10**9)) == 2 + 500


def test_malformed_streams():
    with pytest.raises(ValueError):
        decode(b"\x02\x02")
    with pytest.raises(ValueError):
        decode(b"\x01\x02\x02")
    with pytest.raises(ValueError):
        decode(b"\x01\x80")
