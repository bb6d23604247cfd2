import itertools
import random

from talk_scheduler import assign_rooms, most_talks, rooms_needed


def _overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _max_compatible(talks):
    for size in range(len(talks), 0, -1):
        for combo in itertools.combinations(talks, size):
            if not any(_overlap(a, b) for a, b in itertools.combinations(combo, 2)):
                return size
    return 0


def _max_depth(talks):
    return max((sum(1 for s, e in talks if s <= t < e) for t, _ in talks), default=0)


def test_back_to_back_talks_all_fit():
    assert most_talks([(60, 90), (0, 30), (30, 60)]) == [(0, 30), (30, 60), (60, 90)]


def test_zero_length_talk_at_boundary():
    assert most_talks([(0, 10), (10, 10), (10, 20)]) == [(0, 10), (10, 10), (10, 20)]


def test_staggered_rooms():
    talks = [(0, 50), (10, 20), (20, 30), (30, 60), (55, 70)]
    rooms = assign_rooms(talks)
    assert len(set(rooms)) == 2
    assert rooms[1] == rooms[2]


def test_rooms_are_numbered_from_zero_without_gaps():
    talks = [(0, 5), (1, 6), (2, 7), (3, 8), (9, 10)]
    rooms = assign_rooms(talks)
    assert sorted(set(rooms)) == [0, 1, 2, 3]
    assert rooms_needed(talks) == 4


def test_random_against_brute_force():
    rng = random.Random(31)
    for _ in range(200):
        talks = []
        for _ in range(rng.randint(0, 7)):
            start = rng.randint(0, 12)
            talks.append((start, start + rng.randint(1, 5)))
        chosen = most_talks(talks)
        assert len(chosen) == _max_compatible(talks), talks
        assert chosen == sorted(chosen)
        assert not any(_overlap(a, b) for a, b in itertools.combinations(chosen, 2))
        rooms = assign_rooms(talks)
        assert len(rooms) == len(talks)
        assert rooms_needed(talks) == _max_depth(talks), talks
        assert set(rooms) == set(range(rooms_needed(talks)))
        for i, j in itertools.combinations(range(len(talks)), 2):
            if rooms[i] == rooms[j]:
                assert not _overlap(talks[i], talks[j]), (talks, rooms)
