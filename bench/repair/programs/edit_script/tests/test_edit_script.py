from edit_script import diff_counts, edit_script


def test_changed_line_in_the_middle():
    old = ["def f():", "    return 1", ""]
    new = ["def f():", "    return 2", ""]
    assert list(edit_script(old, new)) == [
        ("=", "def f():"),
        ("-", "    return 1"),
        ("+", "    return 2"),
        ("=", ""),
    ]


def test_line_inserted_at_the_top():
    old = ["b", "c"]
    new = ["a", "b", "c"]
    assert list(edit_script(old, new)) == [("+", "a"), ("=", "b"), ("=", "c")]


def test_line_appended():
    old = ["import os", "print(os.getcwd())"]
    new = ["import os", "print(os.getcwd())", "print('done')"]
    assert list(edit_script(old, new)) == [
        ("=", "import os"),
        ("=", "print(os.getcwd())"),
        ("+", "print('done')"),
    ]


def test_unchanged_file():
    lines = ["x = 1", "y = 2"]
    assert list(edit_script(lines, lines)) == [("=", "x = 1"), ("=", "y = 2")]


def test_counts_for_a_new_file():
    assert diff_counts([], ["a", "b", "c"]) == (3, 0)


def test_counts_for_a_rewritten_block():
    old = ["header", "one", "two", "three", "footer"]
    new = ["header", "uno", "two", "tres", "quatro", "footer"]
    assert diff_counts(old, new) == (3, 2)
