from human_bytes import format_size, parse_size, total_size


def test_exact_unit_boundaries_binary():
    assert format_size(1023) == "1023 B"
    assert format_size(1024) == "1.0 KiB"
    assert format_size(1024 ** 3) == "1.0 GiB"
    assert format_size(1024 ** 4) == "1.0 TiB"


def test_exact_unit_boundaries_decimal():
    assert format_size(999, binary=False) == "999 B"
    assert format_size(1000, binary=False) == "1.0 kB"
    assert format_size(1000 ** 2, binary=False) == "1.0 MB"
    assert format_size(1000 ** 5, binary=False) == "1.0 PB"


def test_past_the_largest_unit():
    assert format_size(1024 ** 6) == "1024.0 PiB"
    assert format_size(3 * 1000 ** 6, binary=False) == "3000.0 PB"


def test_precision_and_negative():
    assert format_size(1536, precision=2) == "1.50 KiB"
    assert format_size(-2048) == "-2.0 KiB"
    assert format_size(-5) == "-5 B"
    assert format_size(1100, binary=False, precision=0) == "1 kB"


def test_round_trip_of_formatted_sizes():
    for count in (1024, 3 * 1024 ** 2, 7 * 1024 ** 3, 1024 ** 5):
        assert parse_size(format_size(count)) == count


def test_parse_more_units():
    assert parse_size("1k") == 1000
    assert parse_size("1 KB") == 1000
    assert parse_size("2.6 b") == 3
    assert parse_size("2.25 TiB") == 2.25 * 1024 ** 4
    assert parse_size("1 PB") == 10 ** 15


def test_total_crossing_a_boundary():
    assert total_size(["512 KiB", "512 KiB"]) == "1.0 MiB"
    assert total_size(["600 kB", "400 kB"], binary=False) == "1.0 MB"
    assert total_size([]) == "0 B"
