import random

import pytest

from huffman_codec import HuffmanCode


def test_empty_bit_string():
    assert HuffmanCode("hello").decode("") == ""


def test_single_symbol_text():
    code = HuffmanCode("zzzz")
    assert code.encode("zz") == "00"
    assert code.decode("000") == "zzz"


def test_decode_known_bits():
    code = HuffmanCode("aab")
    assert code.decode(code.codes["b"] + code.codes["a"] * 2) == "baa"


def test_truncated_bits_rejected():
    code = HuffmanCode("abcdefgh")
    bits = code.encode("hag")
    with pytest.raises(ValueError):
        code.decode(bits[:-1])


def test_random_round_trips():
    rng = random.Random(5)
    for _ in range(100):
        sample = "".join(rng.choice("abcdefg ") for _ in range(rng.randint(2, 40)))
        code = HuffmanCode(sample)
        message = "".join(rng.choice(sample) for _ in range(rng.randint(0, 30)))
        assert code.decode(code.encode(message)) == message
