"""Pack and unpack MS-DOS / FAT file timestamps.

A FAT date is a 16-bit word: bits 15-9 years since 1980, 8-5 month, 4-0 day.
A FAT time is a 16-bit word: bits 15-11 hours, 10-5 minutes, 4-0 seconds / 2.
"""

EPOCH_YEAR = 1980
YEAR_BITS = 7


def pack_date(year, month, day):
    if not EPOCH_YEAR <= year < EPOCH_YEAR + (1 << YEAR_BITS) - 1:
        raise ValueError("year %d cannot be stored in a FAT date" % year)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError("bad month or day: %d-%d" % (month, day))
    return ((year - EPOCH_YEAR) << 9) | (month << 5) | day


def unpack_date(word):
    return (word >> 9), (word >> 5) & 0x0F, word & 0x1F


def pack_time(hour, minute, second):
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        raise ValueError("bad time of day: %d:%d:%d" % (hour, minute, second))
    return (hour << 11) | (minute << 5) | (second // 2)


def unpack_time(word):
    return word >> 11, (word >> 5) & 0x3F, (word & 0x1F) * 2


def pack_timestamp(year, month, day, hour=0, minute=0, second=0):
    """Date word in the high 16 bits, time word in the low 16 bits."""
    return (pack_date(year, month, day) << 16) | pack_time(hour, minute, second)


def unpack_timestamp(value):
    """Inverse of pack_timestamp: (year, month, day, hour, minute, second)."""
    return unpack_date(value >> 16) + unpack_time(value & 0xFFFF)
