import pytest

from fat_timestamp_pack import (
    pack_date,
    pack_time,
    pack_timestamp,
    unpack_date,
    unpack_time,
    unpack_timestamp,
)


def test_unpack_date_edges():
    assert unpack_date(0x0021) == (1980, 1, 1)
    assert unpack_date((127 << 9) | (12 << 5) | 31) == (2107, 12, 31)


def test_date_round_trip_every_year():
    for year in range(1980, 2108):
        assert unpack_date(pack_date(year, 6, 30)) == (year, 6, 30)


def test_year_limits():
    pack_date(2106, 1, 1)
    pack_date(2107, 1, 1)
    for bad in (2108, 2200, 1900):
        with pytest.raises(ValueError):
            pack_date(bad, 1, 1)


def test_bad_month_day_time():
    with pytest.raises(ValueError):
        pack_date(2000, 13, 1)
    with pytest.raises(ValueError):
        pack_date(2000, 1, 0)
    with pytest.raises(ValueError):
        pack_time(24, 0, 0)
    with pytest.raises(ValueError):
        pack_time(0, 60, 0)


def test_odd_seconds_round_down():
    assert unpack_time(pack_time(0, 0, 59)) == (0, 0, 58)
    assert pack_time(23, 59, 59) == (23 << 11) | (59 << 5) | 29


def test_timestamp_full_range():
    stamp = pack_timestamp(2107, 12, 31, 23, 59, 58)
    assert stamp >> 16 == pack_date(2107, 12, 31)
    assert unpack_timestamp(stamp) == (2107, 12, 31, 23, 59, 58)
    assert unpack_timestamp(pack_timestamp(1980, 1, 1)) == (1980, 1, 1, 0, 0, 0)
