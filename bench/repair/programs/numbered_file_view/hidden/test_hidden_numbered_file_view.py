from numbered_file_view import MAX_LINE_CHARS, render


def numbered(count):
    return "\n".join(f"row {n}" for n in range(1, count + 1))


def test_paging_through_visits_every_line_once():
    text = numbered(23)
    seen, offset = [], 1
    for _ in range(20):
        out = render(text, offset=offset, limit=5).splitlines()
        rows = [row for row in out if not row.startswith("[")]
        seen += [row.split("\t")[1] for row in rows]
        if not out[-1].startswith("["):
            break
        offset = int(out[-1].rsplit("=", 1)[1].rstrip("]"))
    assert seen == [f"row {n}" for n in range(1, 24)]


def test_middle_window_numbers_and_width():
    out = render(numbered(200), offset=98, limit=4).splitlines()
    assert out == [" 98\trow 98", " 99\trow 99", "100\trow 100", "101\trow 101",
                   "[99 more lines; call read_file with offset=102]"]


def test_limit_larger_than_rest():
    assert render(numbered(6), offset=4, limit=50) == "4\trow 4\n5\trow 5\n6\trow 6"


def test_offset_zero_and_past_end():
    assert render(numbered(3), offset=0).startswith("[offset 0")
    assert render(numbered(3), offset=4).startswith("[offset 4")
    assert render(numbered(3), offset=3) == "3\trow 3"


def test_long_line_is_clipped():
    long_line = "x" * (MAX_LINE_CHARS + 35)
    out = render(f"short\n{long_line}\n", offset=2, limit=1)
    assert out == f"2\t{'x' * MAX_LINE_CHARS}... [35 more chars]"


def test_output_budget_stops_early_with_a_note():
    text = numbered(50)
    out = render(text, offset=10, limit=30, max_chars=35).splitlines()
    assert out[:-1] == ["10\trow 10", "11\trow 11", "12\trow 12"]
    assert out[-1] == "[38 more lines; call read_file with offset=13]"


def test_budget_always_shows_one_row():
    out = render("a very long first line\nsecond\n", offset=1, limit=10, max_chars=5)
    assert out.splitlines() == ["1\ta very long first line",
                                "[1 more lines; call read_file with offset=2]"]
