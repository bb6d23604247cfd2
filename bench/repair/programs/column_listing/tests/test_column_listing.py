from column_listing import fit_columns, render

GREEK = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]


def test_no_names():
    assert fit_columns([], 80) == []
    assert render([]) == ""


def test_everything_on_one_line():
    assert render(["a", "bb", "ccc"], width=80) == "a  bb  ccc\n"


def test_too_narrow_gives_one_column():
    assert render(["alpha", "beta", "gamma"], width=4) == "alpha\nbeta\ngamma\n"


def test_names_run_down_the_columns():
    assert render(GREEK, width=17) == (
        "alpha  epsilon\n"
        "beta   zeta\n"
        "gamma  eta\n"
        "delta\n"
    )


def test_layout_may_use_the_full_width():
    assert fit_columns(["ab", "cd", "ef", "gh"], width=6) == [["ab", "cd"], ["ef", "gh"]]


def test_custom_gap_and_no_trailing_spaces():
    assert render(["x", "yyyy", "z"], width=40, gap=3) == "x   yyyy   z\n"
    assert render(["yyyy", "x", "z"], width=9, gap=3) == "yyyy   z\nx\n"
