from linked_cycle_find import build, cycle_length, cycle_start, has_cycle, walk


def test_straight_list_has_no_cycle():
    assert not has_cycle(build([1, 2, 3, 4]))


def test_empty_list():
    assert not has_cycle(None)
    assert cycle_length(None) == 0


def test_tail_loops_back_to_head():
    head = build([1, 2, 3], loop_to=0)
    assert has_cycle(head)
    assert cycle_start(head) is head
    assert cycle_length(head) == 3


def test_loop_into_the_middle():
    head = build([10, 20, 30, 40, 50], loop_to=2)
    assert cycle_start(head).value == 30
    assert cycle_length(head) == 3


def test_walk_without_cycle():
    assert list(walk(build([5, 6, 7]))) == [5, 6, 7]


def test_walk_stops_when_repeating():
    assert list(walk(build([1, 2, 3, 4], loop_to=1))) == [1, 2, 3, 4]
