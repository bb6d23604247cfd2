from adler32_running import Adler32, adler32


def test_empty_checksum_is_one():
    assert adler32(b"") == 1
    assert Adler32().value() == 1


def test_known_value():
    assert adler32(b"Wikipedia") == 0x11E60398


def test_hexdigest():
    assert Adler32(b"Wikipedia").hexdigest() == "11e60398"


def test_chunked_updates_match_one_shot():
    data = bytes(range(256)) * 40
    h = Adler32()
    for i in range(0, len(data), 1000):
        h.update(data[i:i + 1000])
    assert h.value() == Adler32(data).value()
    assert h.length == len(data)
