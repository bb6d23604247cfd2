from tool_stream_repeats import RepeatCollapser, collapse_output


def test_flush_twice_emits_once():
    c = RepeatCollapser()
    c.feed("a")
    assert c.flush() == ["a"]
    assert c.flush() == []


def test_flush_on_fresh_collapser():
    assert RepeatCollapser().flush() == []


def test_counters_across_calls():
    c = RepeatCollapser(min_run=3)
    out = []
    for line in ["p"] * 4 + ["q"]:
        out += c.feed(line)
    out += c.flush()
    assert out == ["p", "[previous line repeated 3 more times]", "q"]
    out2 = []
    for line in ["q", "r"]:
        out2 += c.feed(line)
    out2 += c.flush()
    assert out2 == ["q", "r"]
    assert c.lines_in == 7
    assert c.lines_out == 5


def test_same_line_after_flush_starts_new_run():
    c = RepeatCollapser(min_run=2)
    c.feed("x")
    c.feed("x")
    assert c.flush() == ["x", "[previous line repeated 1 more times]"]
    assert c.feed("x") == []
    assert c.flush() == ["x"]


def test_empty_lines_are_lines_too():
    assert collapse_output("a\n\n\n\nb") == "a\n\n[previous line repeated 2 more times]\nb"
    assert collapse_output("") == ""
