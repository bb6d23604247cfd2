import random
import zlib

from adler32_running import Adler32, adler32


def test_matches_zlib_on_random_data():
    rng = random.Random(2525)
    for n in (1, 2, 100, 5551, 5552, 5553, 20000):
        data = bytes(rng.randrange(256) for _ in range(n))
        assert adler32(data) == zlib.adler32(data)
        assert Adler32(data).value() == zlib.adler32(data)


def test_long_run_of_ff_bytes():
    data = b"\xff" * 100000
    assert Adler32(data).value() == zlib.adler32(data)


def test_continuation_from_previous_value():
    a, b = b"hello, ", b"world"
    assert adler32(b, adler32(a)) == zlib.adler32(a + b)
    assert adler32(b, zlib.adler32(a)) == zlib.adler32(b, zlib.adler32(a))


def test_class_update_and_digest():
    h = Adler32(b"abc")
    h.update(b"def").update(b"")
    assert h.value() == zlib.adler32(b"abcdef")
    assert h.digest() == zlib.adler32(b"abcdef").to_bytes(4, "big")
    assert Adler32(b"a").hexdigest() == "00620062"
    assert Adler32(b"").digest() == b"\x00\x00\x00\x01"


def test_memoryview_and_bytearray_inputs():
    data = bytearray(b"binary\x00data")
    assert Adler32(memoryview(data)).value() == zlib.adler32(data)
    assert Adler32(data).length == len(data)
