"""Vigenère cipher over ASCII letters.

Case is kept; characters that are not ASCII letters pass through unchanged and do not use up
a key letter.
"""

from itertools import cycle


def key_shifts(key: str) -> list[int]:
    """Shift for each key letter: a/A -> 0, b/B -> 1, ... z/Z -> 25."""
    if not key or not (key.isascii() and key.isalpha()):
        raise ValueError(f"key must be non-empty ASCII letters, got {key!r}")
    return [ord(letter) for letter in key.lower()]


def shift_letter(char: str, shift: int) -> str:
    base = ord("a") if char.islower() else ord("A")
    return chr((ord(char) - base + shift) % 26 + base)


def _transform(text: str, key: str, direction: int) -> str:
    shifts = cycle(key_shifts(key))
    out: list[str] = []
    for char in text:
        if char.isascii() and char.isalpha():
            out.append(shift_letter(char, direction * next(shifts)))
        else:
            out.append(char)
    return "".join(out)


def encrypt(plaintext: str, key: str) -> str:
    return _transform(plaintext, key, 1)


def decrypt(ciphertext: str, key: str) -> str:
    return _transform(ciphertext, key, -1)
