import itertools

from snapshot_delta_ops import SnapshotView, apply_edit, single_edit


def test_repeated_characters_appended():
    assert single_edit("aa", "aaa") == (2, 0, "a")
    assert single_edit("Hmm", "Hmmmm") == (3, 0, "mm")


def test_repeated_characters_removed():
    assert single_edit("aaaa", "aa") == (2, 2, "")
    assert single_edit("x--", "x-") == (2, 1, "")


def test_insert_in_the_middle():
    assert single_edit("abc", "abXc") == (2, 0, "X")
    assert single_edit("abab", "ababab") == (4, 0, "ab")


def test_from_and_to_empty():
    assert single_edit("", "hi") == (0, 0, "hi")
    assert single_edit("hi", "") == (0, 2, "")


def test_round_trip_all_small_strings():
    words = ["".join(p) for n in range(4) for p in itertools.product("ab", repeat=n)]
    for old in words:
        for new in words:
            start, removed, inserted = single_edit(old, new)
            assert removed >= 0
            assert apply_edit(old, (start, removed, inserted)) == new


def test_view_counts_only_erasing_edits():
    view = SnapshotView()
    for snap in ["1", "12", "122", "1222", "122", "1X2"]:
        view.update(snap)
        assert view.shown == snap
    assert view.revisions == 2
