import pytest

from gray_encoder_track import (
    decode_track,
    from_gray,
    gray_sequence,
    gray_successor,
    to_gray,
)


def test_round_trip_many():
    for n in range(5000):
        assert from_gray(to_gray(n)) == n


def test_round_trip_large():
    for n in (2**40 + 12345, 2**63 - 1, 987654321987654321):
        assert from_gray(to_gray(n)) == n


def test_from_gray_known_values():
    assert from_gray(0b1000) == 0b1111
    assert from_gray(0b1100) == 0b1000
    assert from_gray(0b0111) == 0b0101


def test_successor_walks_sequence_and_wraps():
    seq = gray_sequence(5)
    for a, b in zip(seq, seq[1:] + seq[:1]):
        assert gray_successor(a, 5) == b
    assert gray_successor(to_gray(7), 3) == 0


def test_decode_full_track():
    assert decode_track(gray_sequence(6)) == list(range(64))


def test_negative_rejected():
    with pytest.raises(ValueError):
        from_gray(-1)
    with pytest.raises(ValueError):
        to_gray(-3)
