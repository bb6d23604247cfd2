import pytest

from line_edit_batch import EditError, apply_edits

TEXT = "".join(f"line {n}\n" for n in range(1, 11))


def numbered(*numbers):
    return "".join(f"line {n}\n" for n in numbers)


def test_edits_given_in_any_order():
    ops = [
        {"op": "insert", "after": 2, "text": "new A\nnew B"},
        {"op": "delete", "start": 5, "end": 6},
        {"op": "replace", "start": 9, "end": 9, "text": "nine\n"},
    ]
    expected = numbered(1, 2) + "new A\nnew B\n" + numbered(3, 4, 7, 8) + "nine\n" + numbered(10)
    assert apply_edits(TEXT, ops) == expected
    assert apply_edits(TEXT, list(reversed(ops))) == expected
    assert apply_edits(TEXT, [ops[1], ops[2], ops[0]]) == expected


def test_growing_replacement_before_delete():
    ops = [
        {"op": "replace", "start": 1, "end": 1, "text": "a\nb\nc\n"},
        {"op": "delete", "start": 3, "end": 4},
    ]
    assert apply_edits(TEXT, ops) == "a\nb\nc\n" + numbered(2, 5, 6, 7, 8, 9, 10)


def test_insert_directly_before_a_replaced_line():
    ops = [
        {"op": "insert", "after": 3, "text": "inserted\n"},
        {"op": "replace", "start": 4, "end": 5, "text": "merged\n"},
    ]
    assert apply_edits(TEXT, ops) == numbered(1, 2, 3) + "inserted\nmerged\n" + numbered(6, 7, 8, 9, 10)
    assert apply_edits(TEXT, ops[::-1]) == numbered(1, 2, 3) + "inserted\nmerged\n" + numbered(6, 7, 8, 9, 10)


def test_insert_at_end_and_delete_at_top():
    ops = [
        {"op": "insert", "after": 10, "text": "line 11\n"},
        {"op": "delete", "start": 1, "end": 2},
        {"op": "insert", "after": 0, "text": "top\n"},
    ]
    assert apply_edits(TEXT, ops) == "top\n" + numbered(*range(3, 12))


def test_many_single_line_deletes():
    ops = [{"op": "delete", "start": n, "end": n} for n in (2, 4, 6, 8, 10)]
    assert apply_edits(TEXT, ops) == numbered(1, 3, 5, 7, 9)


def test_missing_final_newline_is_added():
    assert apply_edits("a\nb", [{"op": "replace", "start": 1, "end": 1, "text": "A"}]) == "A\nb\n"


def test_invalid_batches():
    with pytest.raises(EditError):
        apply_edits(TEXT, [{"op": "delete", "start": 4, "end": 6},
                           {"op": "insert", "after": 5, "text": "x"}])
    with pytest.raises(EditError):
        apply_edits(TEXT, [{"op": "insert", "after": 11, "text": "x"}])
    with pytest.raises(EditError):
        apply_edits(TEXT, [{"op": "delete", "start": 5, "end": 3}])
    with pytest.raises(EditError):
        apply_edits(TEXT, [{"op": "move", "start": 1, "end": 2}])
