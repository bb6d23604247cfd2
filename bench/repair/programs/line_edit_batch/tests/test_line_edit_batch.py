import pytest

from line_edit_batch import EditError, apply_edits

SOURCE = "import os\nimport sys\n\n\ndef main():\n    print('hi')\n"


def test_replace_one_line():
    ops = [{"op": "replace", "start": 6, "end": 6, "text": "    print('hello')"}]
    assert apply_edits(SOURCE, ops) == SOURCE.replace("'hi'", "'hello'")


def test_insert_at_top():
    ops = [{"op": "insert", "after": 0, "text": "#!/usr/bin/env python\n"}]
    assert apply_edits(SOURCE, ops) == "#!/usr/bin/env python\n" + SOURCE


def test_delete_lines():
    ops = [{"op": "delete", "start": 3, "end": 4}]
    assert apply_edits(SOURCE, ops) == "import os\nimport sys\ndef main():\n    print('hi')\n"


def test_several_edits_refer_to_original_lines():
    ops = [
        {"op": "delete", "start": 1, "end": 1},
        {"op": "replace", "start": 6, "end": 6, "text": "    print(sys.argv)\n"},
    ]
    assert apply_edits(SOURCE, ops) == "import sys\n\n\ndef main():\n    print(sys.argv)\n"


def test_overlapping_edits_rejected():
    ops = [
        {"op": "replace", "start": 1, "end": 2, "text": "import os, sys\n"},
        {"op": "delete", "start": 2, "end": 3},
    ]
    with pytest.raises(EditError):
        apply_edits(SOURCE, ops)


def test_out_of_range_rejected():
    with pytest.raises(EditError):
        apply_edits(SOURCE, [{"op": "delete", "start": 6, "end": 7}])
