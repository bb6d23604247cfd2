from lockfile_change_report import diff_locks, render


def lock(**packages):
    return {"packages": {name: {"version": v, "hash": "sha256:" + v} for name, v in packages.items()}}


def test_no_changes():
    changes = diff_locks(lock(requests="2.31.0"), lock(requests="2.31.0"))
    assert all(entries == [] for entries in changes.values())
    assert render(changes) == "no dependency changes"


def test_upgrade_and_downgrade():
    changes = diff_locks(
        lock(requests="2.30.0", idna="3.6"),
        lock(requests="2.31.0", idna="3.4"),
    )
    assert changes["upgraded"] == [("requests", "2.30.0", "2.31.0")]
    assert changes["downgraded"] == [("idna", "3.6", "3.4")]


def test_numeric_version_direction():
    changes = diff_locks(lock(urllib3="1.9.0"), lock(urllib3="1.10.0"))
    assert changes["upgraded"] == [("urllib3", "1.9.0", "1.10.0")]


def test_added_and_removed():
    changes = diff_locks(lock(requests="2.31.0", chardet="5.2.0"), lock(requests="2.31.0", charset_normalizer="3.3.2"))
    assert changes["added"] == [("charset_normalizer", "3.3.2")]
    assert changes["removed"] == [("chardet", "5.2.0")]


def test_render_lines():
    old = lock(flask="2.3.3", click="8.1.7")
    new = lock(flask="3.0.0", click="8.1.7", blinker="1.7.0")
    assert render(diff_locks(old, new)) == "+ blinker 1.7.0\n^ flask 2.3.3 -> 3.0.0"
