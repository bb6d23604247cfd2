from line_diff import change_counts, diff, render


def test_identical_files():
    assert diff(["a", "b"], ["a", "b"]) == [(" ", "a"), (" ", "b")]


def test_new_file():
    assert diff([], ["x", "y"]) == [("+", "x"), ("+", "y")]


def test_deleted_file():
    assert diff(["x", "y"], []) == [("-", "x"), ("-", "y")]


def test_changed_line_in_the_middle():
    ops = diff(["a", "b", "c"], ["a", "B", "c"])
    assert ops == [(" ", "a"), ("-", "b"), ("+", "B"), (" ", "c")]


def test_line_removed_and_line_appended():
    ops = diff(["import os", "import sys", "main()"], ["import os", "main()", "exit()"])
    assert render(ops) == " import os\n-import sys\n main()\n+exit()\n"


def test_change_counts():
    ops = diff(["a", "b", "c", "d"], ["a", "x", "y", "d"])
    assert change_counts(ops) == (2, 2)
