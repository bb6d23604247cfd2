from numbered_file_view import render

TEXT = "".join(f"line {n}\n" for n in range(1, 13))


def test_whole_small_file():
    assert render("alpha\nbeta\n") == "1\talpha\n2\tbeta"


def test_empty_file():
    assert render("") == "[empty file]"


def test_first_page_with_limit():
    out = render(TEXT, limit=3)
    assert out.splitlines() == [
        "1\tline 1", "2\tline 2", "3\tline 3",
        "[9 more lines; call read_file with offset=4]",
    ]


def test_page_from_an_offset():
    out = render(TEXT, offset=9, limit=2)
    assert out.splitlines() == [
        " 9\tline 9", "10\tline 10",
        "[2 more lines; call read_file with offset=11]",
    ]


def test_last_page_has_no_note():
    assert render(TEXT, offset=11, limit=5) == "11\tline 11\n12\tline 12"


def test_offset_past_the_end():
    assert "12 lines" in render(TEXT, offset=13)
