import pytest

from json_unescape import JSONEscapeError, escape, unescape


def test_plain_text_unchanged():
    assert unescape("hello, world") == "hello, world"


def test_simple_escapes():
    assert unescape('say \\"hi\\"\\n\\tbye\\\\') == 'say "hi"\n\tbye\\'


def test_unicode_escape():
    assert unescape("caf\\u00e9") == "café"


def test_surrogate_pair_is_one_character():
    assert unescape("smile \\ud83d\\ude00") == "smile \U0001F600"


def test_chinese_greeting():
    assert unescape("\\u4f60\\u597d") == "你好"


def test_unknown_escape_rejected():
    with pytest.raises(JSONEscapeError):
        unescape("\\x41")


def test_escape_round_trip():
    text = 'tab\there "quoted" back\\slash \x01 end'
    assert unescape(escape(text)) == text
