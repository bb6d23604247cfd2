from unique_window import first_repeat, is_isogram, longest_unique_span, longest_unique_substring


def test_first_repeat():
    assert first_repeat("swiss") == "s"
    assert first_repeat("abc") is None


def test_all_distinct():
    assert longest_unique_substring("python") == "python"


def test_empty():
    assert longest_unique_substring("") == ""
    assert longest_unique_span("") == (0, 0)


def test_classic_example():
    assert longest_unique_substring("abcabcbb") == "abc"


def test_single_letter_repeated():
    assert longest_unique_substring("bbbbb") == "b"


def test_isogram():
    assert is_isogram("isograms") is False
    assert is_isogram("six-year-old") is True
