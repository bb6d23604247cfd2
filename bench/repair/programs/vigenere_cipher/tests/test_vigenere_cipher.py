import pytest

from vigenere_cipher import decrypt, encrypt, shift_letter


def test_shift_letter_wraps_around():
    assert shift_letter("z", 1) == "a"
    assert shift_letter("B", -2) == "Z"


def test_textbook_example():
    assert encrypt("ATTACKATDAWN", "LEMON") == "LXFOPVEFRNHR"


def test_round_trip_keeps_punctuation_and_case():
    message = "Meet me at 10:30, by the old Mill!"
    secret = encrypt(message, "Harbor")
    assert secret != message
    assert decrypt(secret, "Harbor") == message


def test_digits_and_spaces_untouched():
    assert encrypt("2024 - 07", "key") == "2024 - 07"


def test_invalid_key_rejected():
    with pytest.raises(ValueError):
        encrypt("hello", "s3cret")
