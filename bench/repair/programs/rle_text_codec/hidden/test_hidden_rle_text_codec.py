import random

import pytest

from rle_text_codec import compression_ratio, decode, encode, is_well_formed


@pytest.mark.parametrize("encoded", ["5", "a12", "ab3", "x05y", "0", "3a00"])
def test_malformed_rejected(encoded):
    assert not is_well_formed(encoded)
    with pytest.raises(ValueError):
        decode(encoded)


@pytest.mark.parametrize("encoded", ["", "a", "10a", "2a2b2c", "a\n3 "])
def test_well_formed_accepted(encoded):
    assert is_well_formed(encoded)


def test_decode_multiline():
    assert decode("a\n3 ") == "a\n   "


def test_digits_cannot_be_encoded():
    with pytest.raises(ValueError):
        encode("room 101")


def test_ratio():
    assert compression_ratio("aaaaaaaaaa") == 0.3


def test_random_round_trips():
    rng = random.Random(11)
    for _ in range(200):
        text = "".join(rng.choice("ab .") * rng.randint(1, 12) for _ in range(rng.randint(0, 8)))
        encoded = encode(text)
        assert is_well_formed(encoded)
        assert decode(encoded) == text
