from snapshot_delta_ops import SnapshotView, apply_edit, single_edit


def test_plain_append():
    assert single_edit("Hello", "Hello, world") == (5, 0, ", world")


def test_revised_tail():
    assert single_edit("The cat sat", "The dog sat") == (4, 3, "dog")


def test_identical_snapshots():
    assert single_edit("same", "same") == (4, 0, "")


def test_apply_edit_round_trip():
    old, new = "stream the reply", "stream every reply"
    assert apply_edit(old, single_edit(old, new)) == new


def test_view_follows_snapshots():
    view = SnapshotView()
    for snap in ["Thinking", "Thinking.", "Thinking..", "Thinking...", "Done: 42"]:
        view.update(snap)
        assert view.shown == snap
    assert view.revisions == 1
