from overlap_pairs import Interval, conflicts, max_simultaneous, overlapping_pairs, overlaps


def test_overlaps_helper():
    assert overlaps(Interval(9, 10), Interval(9.5, 11))
    assert not overlaps(Interval(9, 10), Interval(10, 11))


def test_no_intervals():
    assert list(overlapping_pairs([])) == []


def test_two_meetings_that_overlap():
    standup = Interval(9, 10, "standup")
    review = Interval(9.5, 11, "review")
    assert list(overlapping_pairs([review, standup])) == [(standup, review)]


def test_back_to_back_meetings_do_not_clash():
    day = [Interval(9, 10, "a"), Interval(10, 11, "b"), Interval(11, 12, "c")]
    assert list(overlapping_pairs(day)) == []


def test_conflicts_by_room_booking():
    bookings = [Interval(1, 5, "ann"), Interval(2, 3, "bob"), Interval(4, 6, "cid"),
                Interval(8, 9, "dee")]
    assert conflicts(bookings) == {"ann": {"bob", "cid"}, "bob": {"ann"}, "cid": {"ann"}}


def test_max_simultaneous():
    bookings = [Interval(1, 5), Interval(2, 3), Interval(4, 6), Interval(5, 7)]
    assert max_simultaneous(bookings) == 2
