from talk_scheduler import assign_rooms, most_talks, rooms_needed


def test_most_talks_skips_overlaps():
    talks = [(9, 11), (10, 12), (11, 13)]
    assert most_talks(talks) == [(9, 11), (11, 13)]


def test_most_talks_prefers_short_ones():
    talks = [(0, 100), (10, 20), (30, 40), (50, 60)]
    assert most_talks(talks) == [(10, 20), (30, 40), (50, 60)]


def test_most_talks_empty():
    assert most_talks([]) == []


def test_separate_talks_share_a_room():
    assert assign_rooms([(0, 30), (60, 90), (120, 150)]) == [0, 0, 0]


def test_parallel_talks_get_their_own_rooms():
    rooms = assign_rooms([(0, 60), (0, 60), (0, 60)])
    assert sorted(rooms) == [0, 1, 2]


def test_rooms_needed():
    assert rooms_needed([]) == 0
    assert rooms_needed([(0, 10), (5, 15), (10, 20), (12, 14)]) == 3
