from eol_normalize import detect_newline, is_mixed, match_style, normalize


def test_detect_crlf():
    assert detect_newline("a\r\nb\r\nc\r\n") == "\r\n"


def test_detect_majority_lf():
    assert detect_newline("a\nb\nc\r\nd\n") == "\n"


def test_detect_without_newlines_uses_default():
    assert detect_newline("single line") == "\n"
    assert detect_newline("", default="\r\n") == "\r\n"


def test_normalize_mixed():
    assert normalize("a\r\nb\rc\n", "\n") == "a\nb\nc\n"
    assert is_mixed("a\r\nb\n")
    assert not is_mixed("a\nb\n")


def test_match_style_crlf_file():
    original = "x = 1\r\ny = 2\r\n"
    assert match_style(original, "x = 1\ny = 3\n") == "x = 1\r\ny = 3\r\n"
