import pytest

from human_bytes import format_size, parse_size, total_size


def test_small_counts_stay_in_bytes():
    assert format_size(0) == "0 B"
    assert format_size(512) == "512 B"


def test_format_binary():
    assert format_size(1536) == "1.5 KiB"
    assert format_size(1048576) == "1.0 MiB"
    assert format_size(5 * 1024 ** 3 + 512 * 1024 ** 2) == "5.5 GiB"


def test_format_decimal():
    assert format_size(2_500_000, binary=False) == "2.5 MB"


def test_parse_sizes():
    assert parse_size("1.5 KiB") == 1536
    assert parse_size("2MB") == 2_000_000
    assert parse_size("512") == 512
    assert parse_size(" 10 gib ") == 10 * 1024 ** 3


def test_parse_rejects_garbage():
    with pytest.raises(ValueError):
        parse_size("twelve bytes")
    with pytest.raises(ValueError):
        parse_size("3 parsecs")


def test_total_size():
    assert total_size(["512 KiB", "1.5 MiB"]) == "2.0 MiB"
