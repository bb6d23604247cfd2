import pytest

from lzw_dictionary_codec import compress, decompress

TEXTS = [
    "aaaaaaaaaaaaaaaa",
    "xyxyxyxyxyxyxyxyxyxy",
    "abcabcabcabcabc",
    "wabbawabbawabbawabba",
    "the quick brown fox jumps over the lazy dog " * 3,
    "café crème café crème",
]


def test_code_that_was_just_defined():
    assert compress("abababab") == [97, 98, 256, 258, 98]
    assert decompress([97, 98, 256, 258, 98]) == "abababab"
    assert decompress([120, 121, 256, 258, 257, 121]) == "xyxyxyxyxy"


def test_run_of_one_character():
    assert compress("aaaaaaa") == [97, 256, 257, 97]
    assert decompress([97, 256, 257, 258]) == "aaaaaaaaaa"


@pytest.mark.parametrize("max_size", [256, 257, 258, 259, 261, 300, 4096])
@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_with_caps(text, max_size):
    codes = compress(text, max_size=max_size)
    assert all(0 <= code < max_size for code in codes)
    assert decompress(codes, max_size=max_size) == text


def test_frozen_dictionary_codes():
    assert compress("abababab", max_size=258) == [97, 98, 256, 256, 256]
    assert compress("abababab", max_size=256) == [97, 98] * 4


def test_code_past_a_full_dictionary_is_rejected():
    with pytest.raises(ValueError):
        decompress([97, 98, 256, 258], max_size=258)


def test_bad_first_code():
    with pytest.raises(ValueError):
        decompress([256, 97])
