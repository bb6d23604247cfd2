import pytest

from bit_width_packer import pack, packed_size, unpack


def test_nibbles():
    assert pack([0xA, 0xB, 0xC, 0xD], 4) == b"\xab\xcd"


def test_three_bit_values():
    assert pack([5, 5, 5], 3) == b"\xb6\x80"


def test_round_trip_five_bits():
    values = [0, 31, 17, 4, 9, 30, 1]
    data = pack(values, 5)
    assert len(data) == packed_size(len(values), 5)
    assert unpack(data, 5, len(values)) == values


def test_value_too_wide_is_rejected():
    with pytest.raises(ValueError):
        pack([8], 3)
