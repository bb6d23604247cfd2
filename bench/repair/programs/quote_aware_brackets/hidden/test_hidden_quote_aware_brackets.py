from quote_aware_brackets import first_error, is_balanced, max_depth


def test_stray_closer_at_the_start():
    assert first_error(")(") == 0
    assert first_error("}") == 0
    assert first_error("(a)) + (b") == 3


def test_unterminated_string_positions():
    assert first_error("f('it''s)") == 6
    assert first_error("x = ['a', \"b]") == 10
    assert first_error("'(((") == 0


def test_escaped_quotes_stay_inside_the_string():
    assert first_error(r'f("say \"(\"")') is None
    assert first_error(r"'\\' )") == 5


def test_unclosed_bracket_reports_outermost():
    assert first_error("a(b[c") == 1
    assert first_error("{ (x) ") == 0


def test_is_balanced_and_depth():
    assert not is_balanced("[(])")
    assert max_depth("'((((' + (x)") == 1
