import pytest

from scratchpad_versions import Scratchpad


def test_undo_stops_at_oldest_kept_version():
    pad = Scratchpad("a", max_versions=2)
    pad.write("b")
    pad.write("c")
    assert pad.undo() is True
    assert pad.text == "b"
    assert pad.undo() is False
    assert pad.text == "b"
    assert pad.can_undo is False
    assert pad.redo() is True
    assert pad.text == "c"


def test_single_version_pad():
    pad = Scratchpad("first", max_versions=1)
    pad.write("second")
    pad.write("third")
    assert pad.text == "third"
    assert pad.history() == ["third"]
    assert pad.undo() is False
    assert pad.text == "third"


def test_repeated_undo_on_a_new_pad():
    pad = Scratchpad()
    for _ in range(3):
        assert pad.undo() is False
    assert pad.text == ""
    pad.append_line("x")
    assert pad.text == "x"


def test_undo_all_then_redo_all():
    pad = Scratchpad("0", max_versions=10)
    for i in range(1, 5):
        pad.write(str(i))
    while pad.undo():
        pass
    assert pad.text == "0"
    while pad.redo():
        pass
    assert pad.text == "4"
    assert pad.history() == ["0", "1", "2", "3", "4"]


def test_trimming_keeps_newest_after_undo_and_rewrite():
    pad = Scratchpad("a", max_versions=3)
    pad.write("b")
    pad.write("c")
    pad.undo()
    pad.write("d")
    pad.write("e")
    assert pad.history() == ["b", "d", "e"]


def test_max_versions_must_be_positive():
    with pytest.raises(ValueError):
        Scratchpad(max_versions=0)
