from output_truncate import truncate_lines, truncate_output


def test_short_output_untouched():
    assert truncate_output("all tests passed", 100) == "all tests passed"


def test_long_build_log_keeps_both_ends():
    log = "$ make\n" + "x" * 500 + "\nerror: missing semicolon"
    out = truncate_output(log, 60)
    assert out.startswith("$ make\n")
    assert out.endswith("error: missing semicolon")


def test_marker_counts_omitted_characters():
    out = truncate_output("abcdefghij" * 3, 10)
    assert out == "abcde\n[... 20 characters omitted ...]\nfghij"


def test_truncate_lines():
    assert truncate_lines(["a", "b", "c", "d"], 3) == ["a", "b", "[... 2 more lines]"]
