import pytest

from fat_timestamp_pack import (
    pack_date,
    pack_time,
    pack_timestamp,
    unpack_date,
    unpack_time,
    unpack_timestamp,
)


def test_pack_date_epoch():
    assert pack_date(1980, 1, 1) == 0x0021


def test_pack_date_known_value():
    assert pack_date(2024, 3, 15) == (44 << 9) | (3 << 5) | 15


def test_unpack_date_known_value():
    assert unpack_date(0x5A6F) == (2025, 3, 15)


def test_year_range():
    assert pack_date(2107, 12, 31) == (127 << 9) | (12 << 5) | 31
    with pytest.raises(ValueError):
        pack_date(2108, 1, 1)
    with pytest.raises(ValueError):
        pack_date(1979, 12, 31)


def test_time_round_trip_even_seconds():
    assert unpack_time(pack_time(13, 45, 30)) == (13, 45, 30)


def test_timestamp_round_trip():
    stamp = pack_timestamp(1999, 12, 31, 23, 59, 58)
    assert unpack_timestamp(stamp) == (1999, 12, 31, 23, 59, 58)
