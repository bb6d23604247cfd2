import json

from lockfile_change_report import diff_lock_files, diff_locks, render


def test_empty_to_full_and_back():
    full = {"packages": {"b": {"version": "1.0.0"}, "a": {"version": "0.1.0"}}}
    assert diff_locks({}, full)["added"] == [("a", "0.1.0"), ("b", "1.0.0")]
    assert diff_locks(full, {"packages": {}})["removed"] == [("a", "0.1.0"), ("b", "1.0.0")]


def test_rehash_only():
    old = {"packages": {"six": {"version": "1.16.0", "hash": "sha256:aa"}}}
    new = {"packages": {"six": {"version": "1.16.0", "hash": "sha256:bb"}}}
    changes = diff_locks(old, new)
    assert changes["rehashed"] == [("six", "1.16.0")]
    assert render(changes) == "# six 1.16.0 (hash changed)"


def test_prerelease_and_local_versions():
    old = {"packages": {"x": {"version": "2.0.0-rc.1"}, "y": {"version": "1.2.0+local.1"}}}
    new = {"packages": {"x": {"version": "2.0.0"}, "y": {"version": "1.1.9"}}}
    changes = diff_locks(old, new)
    assert changes["upgraded"] == [("x", "2.0.0-rc.1", "2.0.0")]
    assert changes["downgraded"] == [("y", "1.2.0+local.1", "1.1.9")]


def test_full_report_order(tmp_path):
    old = {"packages": {
        "attrs": {"version": "23.1.0"}, "pytz": {"version": "2023.3"},
        "numpy": {"version": "1.26.0"}, "six": {"version": "1.16.0", "hash": "h1"},
    }}
    new = {"packages": {
        "attrs": {"version": "23.2.0"}, "numpy": {"version": "1.25.2"},
        "six": {"version": "1.16.0", "hash": "h2"}, "zipp": {"version": "3.17.0"},
        "anyio": {"version": "4.2.0"},
    }}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    assert diff_lock_files(tmp_path / "old.json", tmp_path / "new.json").splitlines() == [
        "+ anyio 4.2.0",
        "+ zipp 3.17.0",
        "- pytz 2023.3",
        "^ attrs 23.1.0 -> 23.2.0",
        "v numpy 1.26.0 -> 1.25.2",
        "# six 1.16.0 (hash changed)",
    ]
