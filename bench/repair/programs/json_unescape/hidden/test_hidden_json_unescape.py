import json
import random

import pytest

from json_unescape import JSONEscapeError, escape, unescape


def _alphabet(rng):
    pick = rng.random()
    if pick < 0.3:
        return chr(rng.randint(0x20, 0x7E))
    if pick < 0.45:
        return chr(rng.randint(0x00, 0x1F))
    if pick < 0.65:
        return chr(rng.randint(0x80, 0xD7FF))
    if pick < 0.8:
        return chr(rng.randint(0xE000, 0xFFFD))
    return chr(rng.randint(0x10000, 0x10FFFF))


def test_against_json_module_ascii_escaped():
    rng = random.Random(2024)
    for _ in range(300):
        text = "".join(_alphabet(rng) for _ in range(rng.randint(0, 12)))
        body = json.dumps(text, ensure_ascii=True)[1:-1]
        assert unescape(body) == text == json.loads(f'"{body}"')


def test_consecutive_bmp_escapes_not_combined():
    assert unescape("\\u00e9\\u00e8") == "éè"
    assert unescape("\\ue000\\ue001") == "\ue000\ue001"
    assert unescape("\\uffff\\u0041") == "\uffffA"
    assert unescape("\\u0041\\u0042\\u0043") == "ABC"


def test_astral_characters_in_a_row():
    text = "\U0001F600\U0001F4A9\U00010348"
    assert unescape(json.dumps(text)[1:-1]) == text


def test_escape_then_unescape_random():
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(_alphabet(rng) for _ in range(rng.randint(0, 10)))
        assert unescape(escape(text)) == text
        assert json.loads(f'"{escape(text)}"') == text


def test_solidus_and_digits_after_escape():
    assert unescape("a\\/b") == "a/b"
    assert unescape("\\u00410") == "A0"


def test_errors():
    for bad in ("abc\\", "\\u12", "\\uzzzz", "\\q"):
        with pytest.raises(JSONEscapeError):
            unescape(bad)
