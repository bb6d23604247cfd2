import pytest

from stale_read_guard import FileEditGuard, StaleReadError


def _guarded(tmp_path, name, text):
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    guard = FileEditGuard()
    guard.read(target)
    return guard, target


def test_replace_then_write(tmp_path):
    guard, target = _guarded(tmp_path, "a.txt", "one\n")
    assert guard.replace(target, "one", "two") == 4
    guard.write(target, "three\n")
    assert target.read_text() == "three\n"


def test_write_then_replace_then_replace(tmp_path):
    guard, target = _guarded(tmp_path, "b.txt", "start\n")
    guard.write(target, "alpha beta gamma\n")
    guard.replace(target, "beta", "BETA")
    guard.replace(target, "gamma", "ΓΑΜΜΑ")
    assert target.read_text(encoding="utf-8") == "alpha BETA ΓΑΜΜΑ\n"


def test_outside_change_after_an_edit_is_still_caught(tmp_path):
    guard, target = _guarded(tmp_path, "c.txt", "v1\n")
    guard.replace(target, "v1", "v2")
    target.write_text("v2 from someone else\n")
    with pytest.raises(StaleReadError):
        guard.replace(target, "v2", "v3")
    with pytest.raises(StaleReadError):
        guard.write(target, "v3\n")
    assert target.read_text() == "v2 from someone else\n"
    guard.read(target)
    guard.replace(target, "someone else", "me")
    assert target.read_text() == "v2 from me\n"


def test_outside_change_before_the_first_edit_is_caught(tmp_path):
    guard, target = _guarded(tmp_path, "d.txt", "keep\n")
    target.write_text("keep\nmore\n")
    with pytest.raises(StaleReadError):
        guard.replace(target, "keep", "drop")
    assert target.read_text() == "keep\nmore\n"


def test_failed_replace_changes_nothing(tmp_path):
    guard, target = _guarded(tmp_path, "e.txt", "abc\n")
    with pytest.raises(ValueError):
        guard.replace(target, "zzz", "y")
    guard.replace(target, "abc", "xyz")
    assert target.read_text() == "xyz\n"


def test_files_are_tracked_separately(tmp_path):
    guard, first = _guarded(tmp_path, "f.txt", "1\n")
    second = tmp_path / "g.txt"
    second.write_text("2\n")
    guard.replace(first, "1", "one")
    with pytest.raises(StaleReadError):
        guard.replace(second, "2", "two")
    guard.replace(first, "one", "uno")
    assert first.read_text() == "uno\n"


def test_forget_requires_reading_again(tmp_path):
    guard, target = _guarded(tmp_path, "h.txt", "x\n")
    guard.replace(target, "x", "y")
    guard.forget(target)
    with pytest.raises(StaleReadError):
        guard.replace(target, "y", "z")


def test_same_file_through_another_path(tmp_path):
    (tmp_path / "sub").mkdir()
    guard, target = _guarded(tmp_path, "sub/i.txt", "old\n")
    guard.replace(tmp_path / "sub" / ".." / "sub" / "i.txt", "old", "new")
    guard.replace(target, "new", "newer")
    assert target.read_text() == "newer\n"
