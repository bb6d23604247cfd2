from diff_hunk_grouping import diff_ops, group_hunks, unified_diff


def lines(count, prefix="line"):
    return [f"{prefix} {n}" for n in range(1, count + 1)]


def test_diff_ops_removal_before_addition():
    assert diff_ops(["a", "b", "c"], ["a", "x", "c"]) == [
        (" ", "a"), ("-", "b"), ("+", "x"), (" ", "c"),
    ]


def test_identical_inputs_have_no_hunks():
    assert unified_diff(lines(5), lines(5)) == []


def test_single_change_with_context():
    old = lines(10)
    new = list(old)
    new[4] = "changed"
    assert unified_diff(old, new, context=2) == [
        "@@ -3,5 +3,5 @@",
        " line 3", " line 4", "-line 5", "+changed", " line 6", " line 7",
    ]


def test_far_apart_changes_get_separate_hunks():
    old = lines(30)
    new = list(old)
    new[1] = "two"
    new[25] = "twenty-six"
    diff = unified_diff(old, new, context=3)
    assert [row for row in diff if row.startswith("@@")] == [
        "@@ -1,5 +1,5 @@", "@@ -23,7 +23,7 @@",
    ]


def test_gap_of_twice_the_context_is_joined():
    old = lines(20)
    new = list(old)
    new[4] = "five"
    new[11] = "twelve"
    ops = diff_ops(old, new)
    assert len(group_hunks(ops, context=3)) == 1
    assert unified_diff(old, new, context=3)[0] == "@@ -2,14 +2,14 @@"


def test_pure_insertion_header():
    assert unified_diff(["a", "b"], ["a", "new", "b"], context=0) == ["@@ -1,0 +2,1 @@", "+new"]
