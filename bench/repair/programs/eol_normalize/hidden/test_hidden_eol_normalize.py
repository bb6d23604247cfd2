from eol_normalize import detect_newline, match_style, newline_counts, normalize


def test_counts_do_not_double_count_crlf():
    assert newline_counts("a\r\nb\nc\rd\r\n") == {"\r\n": 2, "\n": 1, "\r": 1}


def test_tie_prefers_crlf_then_lf():
    assert detect_newline("a\r\nb\n") == "\r\n"
    assert detect_newline("a\nb\rc") == "\n"
    assert detect_newline("a\r\nb\rc") == "\r\n"


def test_old_mac_style():
    assert detect_newline("a\rb\rc\nd") == "\r"


def test_empty_and_flat_text_default():
    assert detect_newline("") == "\n"
    assert detect_newline("abc", default="\r") == "\r"


def test_match_style_no_final_newline_in_original():
    assert match_style("a\r\nb", "a\nb\nc\n") == "a\r\nb\r\nc"


def test_match_style_adds_final_newline():
    assert match_style("a\r\nb\r\n", "a\nc") == "a\r\nc\r\n"


def test_match_style_single_line_original_uses_default():
    assert match_style("only\n", "one\r\ntwo") == "one\ntwo\n"


def test_normalize_to_crlf_is_idempotent():
    once = normalize("a\nb\r\nc\r", "\r\n")
    assert once == "a\r\nb\r\nc\r\n"
    assert normalize(once, "\r\n") == once
