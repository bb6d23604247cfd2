from hexdump_format import _shown, hexdump, hexdump_lines, parse_hexdump


def test_shown_boundaries():
    assert _shown(0x1F) == "."
    assert _shown(0x20) == " "
    assert _shown(0x7E) == "~"
    assert _shown(0x7F) == "."
    assert _shown(0x80) == "."
    assert _shown(0xA0) == "."


def test_delete_byte_in_short_line():
    line = hexdump(b"a\x7fb", width=8)
    assert line == "00000000  61 7f 62" + " " * 15 + "  |a.b|"


def test_custom_width_and_start():
    lines = hexdump_lines(b"ABCDEFGHIJ", width=4, start=0x100)
    assert lines == [
        "00000100  41 42 43 44  |ABCD|",
        "00000104  45 46 47 48  |EFGH|",
        "00000108  49 4a" + " " * 6 + "  |IJ|",
    ]


def test_empty_input():
    assert hexdump_lines(b"") == []
    assert parse_hexdump("") == (0, b"")


def test_parse_round_trip_with_pipes_in_text():
    data = bytes(range(256)) + b"a  |b|  |"
    assert parse_hexdump(hexdump(data, width=8)) == (0, data)
