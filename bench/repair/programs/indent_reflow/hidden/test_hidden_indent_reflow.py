from indent_reflow import indent_unit, leading_width, reindent


def test_leading_width_tabs_follow_tab_size():
    assert leading_width("\treturn", tab_size=4) == 4
    assert leading_width("\t\tx", tab_size=2) == 4
    assert leading_width("  \tx", tab_size=4) == 4
    assert leading_width("\tx", tab_size=8) == 8


def test_indent_unit_tabs():
    assert indent_unit(["a", "\tb", "\t\tc"], tab_size=3) == 3


def test_indent_unit_default_for_flat_code():
    assert indent_unit(["a", "b"], tab_size=4) == 4


def test_reindent_tabs_to_tabs_custom_size():
    src = "for i in x:\n\tif i:\n\t\tyield i"
    assert reindent(src, "\t", tab_size=2) == src


def test_reindent_strips_common_indent():
    src = "        a = 1\n        if a:\n            b()"
    assert reindent(src, "  ") == "a = 1\nif a:\n  b()"


def test_reindent_mixed_tab_and_spaces():
    src = "class A:\n\tdef f(self):\n\t    pass"
    assert reindent(src, "  ", tab_size=4) == "class A:\n  def f(self):\n    pass"


def test_reindent_blank_only_text_unchanged():
    assert reindent("\n  \n") == "\n  \n"
