from tab_stop_expand import column_of, expand, indent_width, unexpand_leading


def test_text_without_tabs_is_unchanged():
    assert expand("plain text", 4) == "plain text"


def test_leading_tabs():
    assert expand("\t\tx", 4) == "        x"
    assert expand("\treturn", 8) == "        return"


def test_tabs_between_fields_align_to_stops():
    assert expand("a\tbb\tc", 4) == "a   bb  c"
    assert expand("name\tqty\n", 8) == "name    qty\n"


def test_each_line_starts_at_column_zero():
    assert expand("abc\n\tx", 4) == "abc\n    x"


def test_unexpand_leading_whitespace():
    assert unexpand_leading("        x", 4) == "\t\tx"
    assert unexpand_leading("  \t  y", 4) == "\t  y"


def test_indent_width_and_columns():
    assert indent_width(" \t  if x:", 4) == 6
    assert column_of("a\tb\tc", 4, 8) == 16
