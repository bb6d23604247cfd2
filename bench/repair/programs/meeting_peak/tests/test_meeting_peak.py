import pytest

from meeting_peak import is_conflict_free, peak_overlap, rooms_needed


def test_no_events():
    assert peak_overlap([]) == (0, None)


def test_nested_meetings():
    assert peak_overlap([(9, 12), (10, 11)]) == (2, 10)


def test_three_way_overlap():
    events = [(1, 5), (2, 6), (4, 8), (7, 9)]
    assert peak_overlap(events) == (3, 4)
    assert rooms_needed(events) == 3


def test_back_to_back_meetings_share_a_room():
    assert rooms_needed([(9, 10), (10, 11), (11, 12)]) == 1


def test_conflict_free():
    assert is_conflict_free([(1, 2), (3, 4)])
    assert not is_conflict_free([(1, 3), (2, 4)])


def test_event_ending_before_start_rejected():
    with pytest.raises(ValueError):
        peak_overlap([(5, 3)])
