import pytest

from lzw_dictionary_codec import compress, decompress


def test_classic_example():
    assert compress("TOBEORNOTTOBEORTOBEORNOT") == [
        84, 79, 66, 69, 79, 82, 78, 79, 84, 256, 258, 260, 265, 259, 261, 263]


@pytest.mark.parametrize("text", ["", "a", "TOBEORNOTTOBEORTOBEORNOT", "abababab"])
def test_round_trip(text):
    assert decompress(compress(text)) == text


def test_dictionary_stops_growing_at_max_size():
    text = "TOBEORNOTTOBEORTOBEORNOT"
    codes = compress(text, max_size=260)
    assert max(codes) < 260
    assert decompress(codes, max_size=260) == text


def test_unknown_code_is_rejected():
    with pytest.raises(ValueError):
        decompress([97, 300])


def test_max_size_must_cover_single_characters():
    with pytest.raises(ValueError):
        compress("abc", max_size=100)
