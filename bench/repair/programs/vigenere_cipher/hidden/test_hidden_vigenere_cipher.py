import string

import pytest

from vigenere_cipher import decrypt, encrypt, key_shifts


def test_key_a_is_identity():
    assert encrypt("Hello, World", "a") == "Hello, World"
    assert encrypt("xyz", "AAAA") == "xyz"


def test_key_shifts_values():
    assert key_shifts("abz") == [0, 1, 25]
    assert key_shifts("LeMoN") == [11, 4, 12, 14, 13]


def test_single_letter_key_is_caesar():
    assert encrypt("abc xyz", "d") == "def abc"
    assert encrypt("Attack", "B") == "Buubdl"


def test_lowercase_and_mixed_case_key():
    assert encrypt("attackatdawn", "lemon") == "lxfopvefrnhr"
    assert encrypt("AttackAtDawn", "LeMoN") == "LxfopvEfRnhr"


def test_non_letters_do_not_consume_key():
    assert encrypt("AT TA-CK", "LEMON") == "LX FO-PV"


def test_decrypt_known_ciphertext():
    assert decrypt("Rijvs, Uyvjn!", "key") == "Hello, World!"


def test_round_trip_all_letters():
    text = string.ascii_letters + " " + string.punctuation
    assert decrypt(encrypt(text, "Zebra"), "Zebra") == text


def test_empty_key_rejected():
    with pytest.raises(ValueError):
        decrypt("abc", "")
