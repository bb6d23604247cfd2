from paragraph_justify import justify, justify_line, pack_words


def test_pack_words_greedily():
    assert list(pack_words("the quick brown fox".split(), 10)) == [
        ["the", "quick"], ["brown", "fox"],
    ]


def test_extra_spaces_go_to_the_left():
    assert justify_line(["a", "b", "c"], 8) == "a   b  c"


def test_textbook_example():
    assert justify("This is an example of text justification.", 16) == [
        "This    is    an",
        "example  of text",
        "justification.  ",
    ]


def test_last_line_is_left_aligned():
    assert justify("What must be acknowledgment shall be", 16) == [
        "What   must   be",
        "acknowledgment  ",
        "shall be        ",
    ]


def test_short_paragraph_fits_on_one_line():
    assert justify("hello world", 15) == ["hello world    "]


def test_empty_text():
    assert justify("", 10) == []
