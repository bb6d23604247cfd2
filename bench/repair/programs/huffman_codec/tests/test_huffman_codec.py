import pytest

from huffman_codec import HuffmanCode


def test_frequent_symbols_get_shorter_codes():
    code = HuffmanCode("aaaaaaabbbc")
    assert len(code.codes["a"]) < len(code.codes["c"])


def test_codes_are_prefix_free():
    codes = list(HuffmanCode("the quick brown fox").codes.values())
    for one in codes:
        for other in codes:
            assert one == other or not other.startswith(one)


def test_optimal_length():
    text = "abracadabra"
    assert HuffmanCode(text).encoded_length(text) == 23


def test_round_trip():
    text = "mississippi river"
    code = HuffmanCode(text)
    assert code.decode(code.encode(text)) == text


def test_unknown_symbol():
    with pytest.raises(ValueError):
        HuffmanCode("abc").encode("abd")
