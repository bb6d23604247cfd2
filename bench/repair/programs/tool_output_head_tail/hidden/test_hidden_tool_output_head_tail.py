import pytest

from tool_output_head_tail import as_text, clip_output, clip_result


def numbered(n):
    return "\n".join(f"line {i}" for i in range(1, n + 1))


def test_invalid_bytes_become_replacement_characters():
    assert as_text(b"a\xffb") == "a\ufffdb"
    assert as_text(bytearray(b"\xc3(")) == "\ufffd("


def test_invalid_bytes_in_long_output_are_clipped():
    raw = b"\n".join(b"row %d \xfe" % i for i in range(50))
    out = clip_output(raw, max_lines=6, tail=2).splitlines()
    assert out[0] == "row 0 \ufffd"
    assert out[3] == "[... 45 lines omitted ...]"
    assert out[-1] == "row 49 \ufffd"


def test_clip_result_with_binary_stderr():
    result = {"stdout": "", "stderr": b"fatal: \xff bad object\n", "returncode": 128}
    assert clip_result(result) == "[stderr]\nfatal: \ufffd bad object\n[exit code 128]"


def test_valid_utf8_kept():
    assert as_text("naïve".encode()) == "naïve"


def test_exactly_max_lines_unchanged():
    assert clip_output(numbered(8), max_lines=8, tail=3) == numbered(8)


def test_tail_limited_by_max_lines():
    out = clip_output(numbered(20), max_lines=4, tail=10).splitlines()
    assert out == ["line 1", "[... 17 lines omitted ...]", "line 19", "line 20"]


def test_zero_tail_keeps_only_head():
    out = clip_output(numbered(20), max_lines=4, tail=0).splitlines()
    assert out == ["line 1", "line 2", "line 3", "[... 17 lines omitted ...]"]


def test_single_line_budget_is_only_marker():
    assert clip_output(numbered(3), max_lines=1) == "[... 3 lines omitted ...]"


def test_none_and_invalid_max_lines():
    assert clip_output(None) == ""
    with pytest.raises(ValueError):
        clip_output("x", max_lines=0)
