import pytest

from bit_fields import BitLayout, bit_mask

HEADER = BitLayout([("version", 4), ("flags", 4), ("length", 8)])


def test_bit_mask():
    assert bit_mask(3) == 0b111
    assert bit_mask(2, 4) == 0b110000


def test_pack_and_unpack():
    word = HEADER.pack(version=2, flags=0b1010, length=200)
    assert word == (200 << 8) | (0b1010 << 4) | 2
    assert HEADER.unpack(word) == {"version": 2, "flags": 0b1010, "length": 200}


def test_total_width():
    assert HEADER.width == 16


def test_update_one_field():
    word = HEADER.pack(version=1, flags=3, length=17)
    word = HEADER.set(word, "version", 2)
    assert HEADER.unpack(word) == {"version": 2, "flags": 3, "length": 17}


def test_value_too_wide_rejected():
    with pytest.raises(ValueError):
        HEADER.set(0, "flags", 16)


def test_unknown_field_rejected():
    with pytest.raises(KeyError):
        HEADER.pack(checksum=1)
