import pytest

from wheel_lock_bfs import fewest_turns, neighbours


def test_neighbours_wrap_around():
    assert sorted(neighbours("09")) == ["00", "08", "19", "99"]


def test_already_open():
    assert fewest_turns("0000") == 0


def test_no_dead_ends():
    assert fewest_turns("0009") == 1
    assert fewest_turns("1234") == 10


def test_detour_around_dead_ends():
    deadends = ["0201", "0101", "0102", "1212", "2002"]
    assert fewest_turns("0202", deadends) == 6


def test_target_walled_in():
    deadends = ["8887", "8889", "8878", "8898", "8788", "8988", "7888", "9888"]
    assert fewest_turns("8888", deadends) == -1


def test_stuck_at_the_start():
    assert fewest_turns("8888", ["0000"]) == -1


def test_wheel_count_must_match():
    with pytest.raises(ValueError):
        fewest_turns("123", start="0000")
