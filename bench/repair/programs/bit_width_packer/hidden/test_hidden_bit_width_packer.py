import random

import pytest

from bit_width_packer import pack, packed_size, unpack


def test_exact_bytes_for_odd_widths():
    assert pack([1], 1) == b"\x80"
    assert pack([1, 0, 1], 1) == b"\xa0"
    assert pack([0x7F, 0x01], 7) == b"\xfe\x04"
    assert pack([0xABC], 12) == b"\xab\xc0"
    assert pack([0x1FFF, 0], 13) == b"\xff\xf8\x00\x00"
    assert pack([], 5) == b""


def test_round_trip_all_widths():
    rng = random.Random(7)
    for width in range(1, 33):
        for count in (1, 2, 3, 7, 10):
            values = [rng.randrange(1 << width) for _ in range(count)]
            data = pack(values, width)
            assert len(data) == packed_size(count, width)
            assert unpack(data, width, count) == values


def test_unpack_ignores_padding_and_extra_bytes():
    assert unpack(b"\xb6\x80", 3, 3) == [5, 5, 5]
    assert unpack(b"\xb6\xff\xff", 3, 3) == [5, 5, 5]


def test_errors():
    with pytest.raises(ValueError):
        unpack(b"\xb6", 3, 3)
    with pytest.raises(ValueError):
        pack([1], 0)
    with pytest.raises(ValueError):
        pack([-1], 4)
