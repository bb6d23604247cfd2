import pytest

from scratchpad_versions import Scratchpad


def test_append_lines_and_undo_redo():
    pad = Scratchpad()
    pad.append_line("plan: read the file")
    pad.append_line("plan: fix the bug")
    assert pad.text == "plan: read the file\nplan: fix the bug"
    assert pad.undo() is True
    assert pad.text == "plan: read the file"
    assert pad.redo() is True
    assert pad.text == "plan: read the file\nplan: fix the bug"


def test_nothing_to_undo_on_a_new_pad():
    pad = Scratchpad("notes")
    assert pad.can_undo is False
    assert pad.undo() is False
    assert pad.text == "notes"


def test_writing_the_same_text_is_not_a_version():
    pad = Scratchpad("a")
    assert pad.write("a") is False
    assert pad.history() == ["a"]


def test_write_after_undo_drops_redo():
    pad = Scratchpad("v0")
    pad.write("v1")
    pad.undo()
    pad.write("v2")
    assert pad.redo() is False
    assert pad.history() == ["v0", "v2"]


def test_replace():
    pad = Scratchpad("todo: tests")
    pad.replace("todo", "done")
    assert pad.text == "done: tests"
    with pytest.raises(KeyError):
        pad.replace("missing", "x")


def test_only_newest_versions_are_kept():
    pad = Scratchpad("v0", max_versions=3)
    for i in range(1, 6):
        pad.write(f"v{i}")
    assert pad.text == "v5"
    assert pad.history() == ["v3", "v4", "v5"]
