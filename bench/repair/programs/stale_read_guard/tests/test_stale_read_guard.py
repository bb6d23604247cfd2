import pytest

from stale_read_guard import FileEditGuard, StaleReadError


def test_new_file_can_be_written_without_reading(tmp_path):
    guard = FileEditGuard()
    target = tmp_path / "notes.txt"
    guard.write(target, "hello\n")
    assert target.read_text() == "hello\n"


def test_existing_file_must_be_read_first(tmp_path):
    target = tmp_path / "app.py"
    target.write_text("x = 1\n")
    guard = FileEditGuard()
    with pytest.raises(StaleReadError):
        guard.replace(target, "1", "2")
    assert guard.read(target) == "x = 1\n"
    guard.replace(target, "1", "2")
    assert target.read_text() == "x = 2\n"


def test_outside_change_requires_a_new_read(tmp_path):
    target = tmp_path / "app.py"
    target.write_text("x = 1\n")
    guard = FileEditGuard()
    guard.read(target)
    target.write_text("x = 1\ny = 2\n")
    with pytest.raises(StaleReadError):
        guard.write(target, "x = 3\n")
    assert target.read_text() == "x = 1\ny = 2\n"


def test_several_edits_in_a_row(tmp_path):
    target = tmp_path / "config.ini"
    target.write_text("[main]\nlevel = low\nmode = fast\n")
    guard = FileEditGuard()
    guard.read(target)
    guard.replace(target, "level = low", "level = high")
    guard.replace(target, "mode = fast", "mode = safe")
    assert target.read_text() == "[main]\nlevel = high\nmode = safe\n"


def test_ambiguous_replacement_is_refused(tmp_path):
    target = tmp_path / "list.txt"
    target.write_text("a\na\n")
    guard = FileEditGuard()
    guard.read(target)
    with pytest.raises(ValueError):
        guard.replace(target, "a", "b")
    assert target.read_text() == "a\na\n"
