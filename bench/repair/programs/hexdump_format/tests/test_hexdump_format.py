from hexdump_format import hexdump, hexdump_lines, parse_hexdump


def test_single_line():
    assert hexdump(b"Hi!\n") == (
        "00000000  48 69 21 0a" + " " * 36 + "  |Hi!.|"
    )


def test_full_lines_and_offsets():
    lines = hexdump_lines(bytes(range(32)))
    assert len(lines) == 2
    assert lines[1].startswith("00000010  10 11 12")
    assert lines[0].endswith("|................|")


def test_printable_column_for_all_bytes():
    lines = hexdump_lines(bytes(range(256)))
    assert lines[2].endswith('| !"#$%&\'()*+,-./|')
    assert lines[7].endswith("|pqrstuvwxyz{|}~.|")
    assert lines[15].endswith("|" + "." * 16 + "|")


def test_parse_round_trip():
    data = b"hello, world \x00\xff" * 3
    assert parse_hexdump(hexdump(data, start=0x400)) == (0x400, data)
