from indent_reflow import indent_unit, leading_width, reindent


def test_leading_width():
    assert leading_width("    return x") == 4
    assert leading_width("x = 1") == 0
    assert leading_width("\t\treturn x") == 8


def test_indent_unit_two_spaces():
    assert indent_unit(["def f():", "  if x:", "    return 1"]) == 2


def test_reindent_two_to_four_spaces():
    src = "def f():\n  if x:\n    return 1"
    assert reindent(src) == "def f():\n    if x:\n        return 1"


def test_reindent_tabs_to_spaces():
    src = "def f():\n\tif x:\n\t\treturn 1"
    assert reindent(src, "  ") == "def f():\n  if x:\n    return 1"


def test_reindent_with_base_level():
    src = "if ok:\n    run()\n\nstop()"
    assert reindent(src, "    ", base=1) == "    if ok:\n        run()\n\n    stop()"
